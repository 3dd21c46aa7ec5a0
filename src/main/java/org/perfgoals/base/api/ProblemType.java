package org.perfgoals.base.api;

import java.net.URI;

/**
 * The {@code type} of a REST problem (RFC 9457): {@code https://perfgoals.org/problems/<slug>}, one slug per kind of
 * error a client may act on, stable across releases; {@link #ABOUT_BLANK} where nothing more specific applies (the
 * HTTP status says it all: 405, 406, 415 …). The title is translated from {@code api.problem.<slug>}. Features name
 * their own kinds next to their controllers; the common ones are here.
 */
public record ProblemType(String slug) {

    public static final String BASE = "https://perfgoals.org/problems/";

    /** RFC 9457's default: the status code is the whole story; the title is the status phrase. */
    public static final ProblemType ABOUT_BLANK = new ProblemType("");
    /** 400: a value broke a rule (too long, not a number, outside the period …), named in {@code errors}. */
    public static final ProblemType VALIDATION = new ProblemType("validation");
    /** 400: the body cannot be read as the endpoint's JSON (malformed, not an object, unknown or missing field). */
    public static final ProblemType INVALID_BODY = new ProblemType("invalid-body");
    /** 400: a path variable or query parameter of the wrong type or out of range. */
    public static final ProblemType BAD_REQUEST = new ProblemType("bad-request");
    /** 401: no or wrong credentials. */
    public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated");
    /** 403: the user's role or unit may not do this. */
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden");
    /** 404: no indicator, project, alert … of that id. */
    public static final ProblemType NOT_FOUND = new ProblemType("not-found");
    /** 404: no endpoint at this path. */
    public static final ProblemType UNKNOWN_PATH = new ProblemType("unknown-path");
    /** 413: the body is over the configured size ({@code maxBytes}). */
    public static final ProblemType TOO_LARGE = new ProblemType("too-large");
    /** 503: the database cannot answer now (pool exhausted, query timeout); retry after {@code Retry-After}. */
    public static final ProblemType UNAVAILABLE = new ProblemType("unavailable");
    /** 500: a failure of ours; the detail says nothing of its cause, the log does. */
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error");

    public URI uri() {
        return slug.isEmpty() ? URI.create("about:blank") : URI.create(BASE + slug);
    }

    /** The i18n key of the title; about:blank has the status phrase instead. */
    String titleKey() {
        return "api.problem." + slug;
    }
}
