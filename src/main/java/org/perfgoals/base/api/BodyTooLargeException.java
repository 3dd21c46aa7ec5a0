package org.perfgoals.base.api;

import java.util.List;

/**
 * A request body over {@code maxBytes}: 413, nothing of it read beyond the limit. The message is {@code messageKey}
 * filled with {@code args} (by default {@code api.error.tooLarge} with the limit in bytes).
 */
public class BodyTooLargeException extends RuntimeException {

    private final long maxBytes;
    private final String messageKey;
    private final List<Object> args;

    public BodyTooLargeException(long maxBytes) {
        this(maxBytes, "api.error.tooLarge", maxBytes);
    }

    public BodyTooLargeException(long maxBytes, String messageKey, Object... args) {
        super("Body over " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    /** An uploaded file over its limit, told in whole megabytes ({@code import.tooLarge}). */
    public static BodyTooLargeException file(long maxBytes) {
        return new BodyTooLargeException(maxBytes, "import.tooLarge", maxBytes / (1024 * 1024));
    }

    public long getMaxBytes() { return maxBytes; }
    public String getMessageKey() { return messageKey; }
    public List<Object> getArgs() { return args; }
}
