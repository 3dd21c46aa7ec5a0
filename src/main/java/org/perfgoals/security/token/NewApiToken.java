package org.perfgoals.security.token;

/** A token just created: its description and the secret, which is shown this once and never stored. */
public record NewApiToken(ApiTokenRecord token, String secret) {
}
