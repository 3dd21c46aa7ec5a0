package org.perfgoals.importer.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * A batch refused as a whole before any form is read, naming the file (or the multipart part): {@code code} is an
 * i18n key suffix ({@code import.batch.<code>}) whose first argument is the file's name. {@code tooLarge} refusals
 * (a file, a zip's unpacked total, the number of files) answer 413 over REST, the others 400. Nothing of a refused
 * batch is stored.
 */
public final class BatchRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String file;
    private final transient List<String> args;
    private final boolean tooLarge;

    private BatchRefusal(String code, String file, boolean tooLarge, String... args) {
        super(code + ": " + file);
        this.code = code;
        this.file = ImportLimits.quote(file);
        this.tooLarge = tooLarge;
        this.args = List.of(args);
    }

    /** A file over the size a file may have (megabytes). */
    public static BatchRefusal fileTooLarge(String file, long maxBytes) {
        return new BatchRefusal("fileTooLarge", file, true, megabytes(maxBytes));
    }

    /** A zip expanding past the size a whole batch may have (megabytes), or a batch that does. */
    public static BatchRefusal batchTooLarge(String file, long maxBytes) {
        return new BatchRefusal("batchTooLarge", file, true, megabytes(maxBytes));
    }

    /** More files than a batch may hold; {@code file} is the first one beyond the limit. */
    public static BatchRefusal tooManyFiles(String file, int maxFiles) {
        return new BatchRefusal("tooManyFiles", file, true, String.valueOf(maxFiles));
    }

    /** A zip inside a zip: only one level is read. */
    public static BatchRefusal nestedZip(String file) {
        return new BatchRefusal("nestedZip", file, false);
    }

    /** A zip that cannot be unpacked (damaged, encrypted, cut short). */
    public static BatchRefusal unreadableZip(String file) {
        return new BatchRefusal("unreadableZip", file, false);
    }

    /** A zip without any file once folders and system files are left out. */
    public static BatchRefusal emptyZip(String file) {
        return new BatchRefusal("emptyZip", file, false);
    }

    /** No file at all, or a multipart body without the part it needs ({@code file} names the part). */
    public static BatchRefusal noFile(String part) {
        return new BatchRefusal("noFile", part, false);
    }

    /** A multipart body that cannot be read as such (no boundary, cut short). */
    public static BatchRefusal badMultipart() {
        return new BatchRefusal("badMultipart", "multipart/form-data", false);
    }

    /** A multipart part other than {@code file}: named, so the caller sees what to rename. */
    public static BatchRefusal unexpectedPart(String part) {
        return new BatchRefusal("unexpectedPart", part, false);
    }

    public String code() {
        return code;
    }

    /** The refused file's name, cut to {@link ImportLimits#QUOTED_CHARS}. */
    public String file() {
        return file;
    }

    /** The message's arguments: the file's name first, then the code's own. */
    public List<Object> messageArgs() {
        return Stream.concat(Stream.of(file), args.stream()).map(Object.class::cast).toList();
    }

    public boolean tooLarge() {
        return tooLarge;
    }

    private static String megabytes(long bytes) {
        return String.valueOf(bytes / 1024 / 1024);
    }
}
