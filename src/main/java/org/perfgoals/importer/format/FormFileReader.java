package org.perfgoals.importer.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.perfgoals.importer.domain.FormReader;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.importer.domain.TextDecoder;

/**
 * Reads a form file of any supported format: recognises it by its content ({@link FormatSniffer}), turns it into rows
 * of cells and lets {@link FormReader} read them, so every format is read by the same rules. A text file is read
 * exactly as before. Each refusal is one file error (an {@link ImportIssue} with a {@code file.…} code): a file over
 * {@link ImportLimits#MAX_FILE_BYTES}, a format that is none of ours, a zip bomb or a part over
 * {@link ImportLimits#MAX_EXPANDED_PART_BYTES}, too many sheets, rows or cells, a PDF
 * without text, a file whose reading takes longer than {@link ImportLimits#MAX_READ_SECONDS}. Macros are never run:
 * a file that carries them is read and warned about.
 */
public final class FormFileReader {

    static {
        ZipSecureFile.setMaxEntrySize(ImportLimits.MAX_EXPANDED_PART_BYTES);
    }

    private final FormReader reader;
    private final Duration timeLimit;
    /** Runs on the extraction's thread before it starts: tests hold it there to pass the time limit for certain. */
    private final Runnable beforeExtraction;

    public FormFileReader() {
        this(new FormReader(), Duration.ofSeconds(ImportLimits.MAX_READ_SECONDS), () -> { });
    }

    FormFileReader(FormReader reader, Duration timeLimit, Runnable beforeExtraction) {
        this.reader = reader;
        this.timeLimit = timeLimit;
        this.beforeExtraction = beforeExtraction;
    }

    /** The format of a file as its content shows it; empty when it is none the importer reads. */
    public static Optional<FileFormat> formatOf(byte[] file) {
        try {
            return Optional.of(FormatSniffer.sniff(file).format());
        } catch (FormatRefusal e) {
            return Optional.empty();
        }
    }

    public ParseResult read(byte[] file) {
        if (file.length == 0) {
            return FormReader.fileError("file.empty");
        }
        if (file.length > ImportLimits.MAX_FILE_BYTES) {
            return FormReader.fileError("file.tooLarge", String.valueOf(ImportLimits.MAX_FILE_BYTES / 1024 / 1024));
        }
        try {
            FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(file);
            if (sniffed.format() == FileFormat.TEXT) {
                return reader.read(file);
            }
            FileFormat format = sniffed.format();
            ParseResult result = reader.readCells(withinTimeLimit(format, () -> cells(format, file)));
            return sniffed.macros() ? withWarning(result, "file.macrosIgnored") : result;
        } catch (FormatRefusal refusal) {
            return FormReader.fileError(refusal.code(), refusal.args().toArray(String[]::new));
        }
    }

    private static List<List<String>> cells(FileFormat format, byte[] file) throws IOException {
        return switch (format) {
            case HTML -> HtmlCells.read(TextDecoder.decode(file)
                    .orElseGet(() -> new String(file, StandardCharsets.UTF_8)));
            case DOCX -> DocxCells.read(file);
            case DOC -> DocCells.read(file);
            case XLSX, XLS -> SheetCells.read(file, format.name());
            case PDF -> PdfCells.read(file);
            case TEXT -> throw new IllegalStateException("text is read as text");
        };
    }

    private interface Extraction {
        List<List<String>> run() throws IOException;
    }

    /**
     * Runs the extraction on a thread of its own and gives up after the time limit. The limits on size, parts, rows
     * and cells bound what an abandoned extraction can still cost.
     */
    private List<List<String>> withinTimeLimit(FileFormat format, Extraction extraction) {
        FutureTask<List<List<String>>> task = new FutureTask<>(() -> {
            beforeExtraction.run();
            return extraction.run();
        });
        Thread thread = Thread.ofVirtual().name("form-file-reader").start(task);
        try {
            return task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new FormatRefusal("file.timeout", String.valueOf(Math.max(1, timeLimit.toSeconds())));
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new FormatRefusal("file.timeout", String.valueOf(Math.max(1, timeLimit.toSeconds())));
        } catch (ExecutionException e) {
            throw refusal(e.getCause(), format);
        }
    }

    private static FormatRefusal refusal(Throwable cause, FileFormat format) {
        for (Throwable at = cause; at != null; at = at.getCause()) {
            if (at instanceof FormatRefusal refusal) {
                return refusal;
            }
            String message = String.valueOf(at.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceed the max")) {
                return new FormatRefusal("file.zipBomb",
                        String.valueOf(ImportLimits.MAX_EXPANDED_PART_BYTES / 1024 / 1024));
            }
            if (at instanceof OutOfMemoryError) {
                return new FormatRefusal("file.tooManyCells", String.valueOf(ImportLimits.MAX_CELLS));
            }
        }
        return new FormatRefusal("file.unreadable", format.name());
    }

    private static ParseResult withWarning(ParseResult result, String code) {
        List<ImportIssue> issues = new ArrayList<>(result.issues());
        issues.add(new ImportIssue(ImportIssue.Severity.WARNING, code, List.of(), 0, null, 0));
        return new ParseResult(result.forms(), issues);
    }
}
