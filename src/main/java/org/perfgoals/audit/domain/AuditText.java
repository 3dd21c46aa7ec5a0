package org.perfgoals.audit.domain;

import org.jspecify.annotations.Nullable;

/**
 * The sizes of an entry's texts (the columns of {@code audit_entry}, Flyway V8) and how a text is made to fit: control
 * characters become spaces (a typed user name cannot forge a line of the log), and what is too long is cut with "…".
 */
public final class AuditText {

    public static final int ACTOR = 100;
    public static final int SUBJECT = 500;
    public static final int DETAILS = 2000;
    public static final int ADDRESS = 100;
    private static final String ELLIPSIS = "…";

    private AuditText() {
    }

    /** The text as stored: one line, at most {@code max} characters. */
    public static String fit(@Nullable String text, int max) {
        String line = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
        if (line.length() <= max) {
            return line;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + ELLIPSIS;
    }

    /** As {@link #fit}, but null or blank stays null. */
    public static @Nullable String fitOrNull(@Nullable String text, int max) {
        String fitted = fit(text, max);
        return fitted.isEmpty() ? null : fitted;
    }
}
