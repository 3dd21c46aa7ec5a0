package org.perfgoals.importer.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.api.BodyTooLargeException;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.importer.BatchReader;
import org.perfgoals.importer.BatchResult;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.ImportService;
import org.perfgoals.importer.ImportedFile;
import org.perfgoals.importer.ParsedFile;
import org.perfgoals.importer.UnitNotWritableException;
import org.perfgoals.importer.domain.BatchFile;
import org.perfgoals.importer.domain.BatchLimits;
import org.perfgoals.importer.domain.BatchRefusal;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.project.api.ProjectJson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports} with the form file as the body (text, HTML, .docx, .doc, .xlsx, .xls or a text-layer
 * PDF: its content decides, the Content-Type is only accepted, see {@code importer.format}), a zip of such files
 * ({@code application/zip}), or {@code multipart/form-data} with one or more {@code file} parts (each a form file or
 * a zip): 200 with {projects, warnings, errors, files}; 400 and nothing stored on any error in any file (also a file
 * refused as a whole); the refusals below are problem details ({@link ImportProblems}): 403 when a form is of a unit
 * the user may not write; 409 when a project exists and {@code replace} was not asked; 413 for a file over
 * {@code perfgoals.import.max-file-bytes}, a batch over its total or its number of files; {@code dryRun} stores
 * nothing. Who may import is decided by the API's security chain before the body is read.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";
    private static final String ZIP = "application/zip";
    private static final String WINDOWS_ZIP = "application/x-zip-compressed";
    /** The only part a multipart import takes, once or many times. */
    static final String FILE_PART = "file";
    /** What a body without a Content-Disposition file name is called in messages. */
    static final String BODY = "body";

    private final ImportService importer;
    private final BatchReader reader;
    private final TranslationProvider messages;

    ImportController(ImportService importer, BatchReader reader, TranslationProvider messages) {
        this.importer = importer;
        this.reader = reader;
        this.messages = messages;
    }

    /** {@code file}: the file the issue is of (null in a message about the batch as a whole). */
    record IssueJson(String severity, String code, String message, int formNumber, String projectName, int line,
                     List<String> args, @Nullable String file) {
    }

    /**
     * One file of the import, in batch order: {@code status} {@code stored} (its projects were stored), {@code valid}
     * (no error: a dry run, or another file's error kept it from being stored), {@code invalid} (errors),
     * {@code refused} (forms of units the user may not write); how many forms, projects, warnings and errors it has.
     * The projects and issues themselves are in the import's lists (projects in file order, each issue with its
     * {@code file}), not repeated here.
     */
    record FileJson(String name, String status, int forms, int projects, int warnings, int errors,
                    List<String> newUnits) {
    }

    /**
     * The whole import ({@code projects}, {@code warnings}, {@code errors} of every file together) and each file.
     * {@code newUnits}: the units the forms name that the import creates, under {@code newUnitsParent} (null: top).
     */
    record ImportJson(List<ProjectJson> projects, List<IssueJson> warnings, List<IssueJson> errors,
                      List<String> newUnits, @Nullable String newUnitsParent, List<FileJson> files) {
    }

    /**
     * The body is read once, at most {@code perfgoals.import.max-file-bytes} of it (the UI's upload limit), or the
     * batch's total for a zip: a larger one is refused with 413 without reading the rest. A file with a form of a
     * unit the user may not write is refused with 403, the dry run too: it tells what the import would answer.
     */
    @PostMapping(consumes = {"text/plain", "text/html", "application/octet-stream", "application/pdf",
        "application/msword", "application/vnd.ms-excel", OOXML + "wordprocessingml.document",
        OOXML + "spreadsheetml.sheet", "application/vnd.ms-word.document.macroEnabled.12",
        "application/vnd.ms-excel.sheet.macroEnabled.12", ZIP, WINDOWS_ZIP})
    ResponseEntity<ImportJson> importForms(InputStream body, @RequestHeader(value = HttpHeaders.CONTENT_LENGTH,
                                          required = false) Long contentLength,
                                  @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                  @RequestHeader(value = HttpHeaders.CONTENT_DISPOSITION, required = false)
                                  @Nullable String disposition,
                                  @RequestParam(defaultValue = "false") boolean dryRun,
                                  @RequestParam(defaultValue = "false") boolean replace,
                                  @RequestParam(required = false) @Nullable Long parentUnitId, Locale locale)
            throws IOException {
        BatchLimits limits = reader.limits();
        boolean zip = contentType.isCompatibleWith(MediaType.parseMediaType(ZIP))
                || contentType.isCompatibleWith(MediaType.parseMediaType(WINDOWS_ZIP));
        long limit = Math.min(Integer.MAX_VALUE - 8L, zip ? limits.maxBatchBytes() : limits.maxFileBytes());
        if (contentLength != null && contentLength > limit) {
            throw BodyTooLargeException.file(limit);
        }
        byte[] file = body.readNBytes((int) limit + 1);
        if (file.length > limit) {
            throw BodyTooLargeException.file(limit);
        }
        return answer(List.of(new BatchFile(bodyName(disposition), file)), dryRun, replace, parentUnitId, locale);
    }

    /**
     * One or more {@code file} parts, each a form file or a zip of them; any other part is a 400 naming it. Parts are
     * read only here, after the security chain decided who may import.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJson> importParts(HttpServletRequest request,
                                           @RequestParam(defaultValue = "false") boolean dryRun,
                                           @RequestParam(defaultValue = "false") boolean replace,
                                           @RequestParam(required = false) @Nullable Long parentUnitId,
                                           Locale locale) throws IOException {
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (ServletException | IllegalStateException | IOException e) {
            throw BatchRefusal.badMultipart();
        }
        BatchLimits limits = reader.limits();
        List<BatchFile> uploads = new ArrayList<>();
        for (Part part : parts) {
            if (!FILE_PART.equals(part.getName())) {
                throw BatchRefusal.unexpectedPart(part.getName());
            }
            String name = part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank()
                    ? FILE_PART + (uploads.size() + 1) : part.getSubmittedFileName();
            if (part.getSize() > limits.maxBatchBytes()) {
                throw BatchRefusal.batchTooLarge(name, limits.maxBatchBytes());
            }
            try (InputStream in = part.getInputStream()) {
                uploads.add(new BatchFile(name, in.readAllBytes()));
            }
        }
        if (uploads.isEmpty()) {
            throw BatchRefusal.noFile(FILE_PART);
        }
        return answer(uploads, dryRun, replace, parentUnitId, locale);
    }

    private ResponseEntity<ImportJson> answer(List<BatchFile> uploads, boolean dryRun, boolean replace,
                                              @Nullable Long parentUnitId, Locale locale) {
        List<ParsedFile> files = reader.read(uploads);
        BatchResult result = dryRun ? importer.previewBatch(files, parentUnitId)
                : importer.importBatch(files, replace, parentUnitId);
        if (result.isRefused()) {
            throw new UnitNotWritableException(result.total().refusedUnits(), result.files().stream()
                    .flatMap(file -> file.result().refusedUnits().stream().map(form -> file.name())).toList());
        }
        ImportJson json = json(result, locale);
        if (result.hasErrors()) {
            throw new ImportRejectedException(json);
        }
        return ResponseEntity.ok(json);
    }

    private ImportJson json(BatchResult result, Locale locale) {
        List<FileJson> files = result.files().stream().map(file -> new FileJson(ImportLimits.quote(file.name()),
                status(file), file.result().forms().size(), file.result().projects().size(),
                file.result().warnings().size(), file.result().errors().size(), file.result().newUnits())).toList();
        ImportResult total = result.total();
        return new ImportJson(projects(total, locale), result.files().stream().flatMap(file -> issues(
                file.result().warnings(), file.name(), locale).stream()).toList(), result.files().stream()
                .flatMap(file -> issues(file.result().errors(), file.name(), locale).stream()).toList(),
                total.newUnits(), total.newUnitsParent(), files);
    }

    private static String status(ImportedFile file) {
        if (file.result().isRefused()) {
            return "refused";
        }
        if (file.result().hasErrors()) {
            return "invalid";
        }
        return file.result().dryRun() || file.result().projects().isEmpty() ? "valid" : "stored";
    }

    private List<ProjectJson> projects(ImportResult result, Locale locale) {
        return result.projects().stream().map(project -> DeclaredProjectJson.of(project, messages, locale)).toList();
    }

    /** The file name a {@code Content-Disposition: attachment; filename=…} header gives the body, else "body". */
    private static String bodyName(@Nullable String disposition) {
        if (disposition == null) {
            return BODY;
        }
        try {
            String name = ContentDisposition.parse(disposition).getFilename();
            return name == null || name.isBlank() ? BODY : name;
        } catch (IllegalArgumentException e) {
            return BODY;
        }
    }

    /** A file with errors: nothing was stored; the problem carries the whole result ({@link ImportProblems}). */
    static final class ImportRejectedException extends RuntimeException {

        private final transient ImportJson result;

        ImportRejectedException(ImportJson result) {
            super(result.errors().size() + " import errors");
            this.result = result;
        }

        ImportJson result() {
            return result;
        }
    }

    private List<IssueJson> issues(List<ImportIssue> issues, String file, Locale locale) {
        return issues.stream().map(issue -> new IssueJson(issue.severity().name(), issue.code(),
                messages.getTranslation("import.issue." + issue.code(), locale, issue.args().toArray()),
                issue.formNumber(), issue.projectName(), issue.line(), issue.args(), ImportLimits.quote(file)))
                .toList();
    }
}
