package org.perfgoals.importer.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.api.BodyTooLargeException;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.ImportService;
import org.perfgoals.importer.UnitNotWritableException;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.project.api.ProjectJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports} with the form file as the body (text, HTML, .docx, .doc, .xlsx, .xls or a text-layer
 * PDF: its content decides, the Content-Type is only accepted, see {@code importer.format}): 200 with {projects,
 * warnings, errors}; 400 and nothing stored on any error (also a file refused as a whole); the refusals below are
 * problem details ({@link ImportProblems}): 403 when a form is of a unit the user may not write; 409 when a project
 * exists and {@code replace} was not asked; 413 for a body over {@link ImportLimits#MAX_FILE_BYTES}; {@code dryRun}
 * stores nothing.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

    private final ImportService importer;
    private final TranslationProvider messages;

    ImportController(ImportService importer, TranslationProvider messages) {
        this.importer = importer;
        this.messages = messages;
    }

    record IssueJson(String severity, String code, String message, int formNumber, String projectName, int line,
                     List<String> args) {
    }

    /** {@code newUnits}: the units the forms name that the import creates, under {@code newUnitsParent} (null: top). */
    record ImportJson(List<ProjectJson> projects, List<IssueJson> warnings, List<IssueJson> errors,
                      List<String> newUnits, @Nullable String newUnitsParent) {
    }

    /**
     * The body is read once, at most {@link ImportLimits#MAX_FILE_BYTES} of it (the UI's upload limit): a larger one
     * is refused with 413 without reading the rest. A file with a form of a unit the user may not write is refused
     * with 403, the dry run too: it tells what the import would answer.
     */
    @PostMapping(consumes = {"text/plain", "text/html", "application/octet-stream", "application/pdf",
        "application/msword", "application/vnd.ms-excel", OOXML + "wordprocessingml.document",
        OOXML + "spreadsheetml.sheet", "application/vnd.ms-word.document.macroEnabled.12",
        "application/vnd.ms-excel.sheet.macroEnabled.12"})
    ResponseEntity<ImportJson> importForms(InputStream body, @RequestHeader(value = HttpHeaders.CONTENT_LENGTH,
                                          required = false) Long contentLength,
                                  @RequestParam(defaultValue = "false") boolean dryRun,
                                  @RequestParam(defaultValue = "false") boolean replace,
                                  @RequestParam(required = false) @Nullable Long parentUnitId, Locale locale)
            throws IOException {
        if (contentLength != null && contentLength > ImportLimits.MAX_FILE_BYTES) {
            throw BodyTooLargeException.file(ImportLimits.MAX_FILE_BYTES);
        }
        byte[] file = body.readNBytes(ImportLimits.MAX_FILE_BYTES + 1);
        if (file.length > ImportLimits.MAX_FILE_BYTES) {
            throw BodyTooLargeException.file(ImportLimits.MAX_FILE_BYTES);
        }
        ImportResult result = dryRun ? importer.preview(file, parentUnitId)
                : importer.importFile(file, replace, parentUnitId);
        if (result.isRefused()) {
            throw new UnitNotWritableException(result.refusedUnits());
        }
        ImportJson json = new ImportJson(
                result.projects().stream().map(project -> DeclaredProjectJson.of(project, messages, locale))
                        .toList(),
                issues(result.warnings(), locale), issues(result.errors(), locale), result.newUnits(),
                result.newUnitsParent());
        if (result.hasErrors()) {
            throw new ImportRejectedException(json);
        }
        return ResponseEntity.ok(json);
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

    private List<IssueJson> issues(List<ImportIssue> issues, Locale locale) {
        return issues.stream().map(issue -> new IssueJson(issue.severity().name(), issue.code(),
                messages.getTranslation("import.issue." + issue.code(), locale, issue.args().toArray()),
                issue.formNumber(), issue.projectName(), issue.line(), issue.args())).toList();
    }
}
