package org.perfgoals.importer.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.importer.DuplicateProjectException;
import org.perfgoals.importer.ReplaceRefusedException;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.ImportService;
import org.perfgoals.importer.UnitNotWritableException;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.project.api.ProjectJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports} with the form text as the body: 200 with {projects, warnings, errors}; 400 and
 * nothing stored on any error; 403 when a form is of a unit the user may not write; 409 when a project exists and
 * {@code replace} was not asked; 413 for a body over {@link ImportLimits#MAX_FILE_BYTES}; {@code dryRun} stores
 * nothing.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private final ImportService importer;
    private final TranslationProvider messages;

    ImportController(ImportService importer, TranslationProvider messages) {
        this.importer = importer;
        this.messages = messages;
    }

    record IssueJson(String severity, String code, String message, int formNumber, String projectName, int line,
                     List<String> args) {
    }

    record ImportJson(List<ProjectJson> projects, List<IssueJson> warnings, List<IssueJson> errors) {
    }

    record DuplicateJson(int year, String department, String name) {
    }

    record RefusedFormJson(int formNumber, String projectName, String department, String message) {
    }

    /**
     * The body is read once, at most {@link ImportLimits#MAX_FILE_BYTES} of it (the UI's upload limit): a larger one
     * is refused with 413 without reading the rest. A file with a form of a unit the user may not write is refused
     * with 403, the dry run too: it tells what the import would answer.
     */
    @PostMapping(consumes = {"text/plain", "application/octet-stream"})
    ResponseEntity<?> importForms(InputStream body, @RequestHeader(value = HttpHeaders.CONTENT_LENGTH,
                                          required = false) Long contentLength,
                                  @RequestParam(defaultValue = "false") boolean dryRun,
                                  @RequestParam(defaultValue = "false") boolean replace, Locale locale)
            throws IOException {
        if (contentLength != null && contentLength > ImportLimits.MAX_FILE_BYTES) {
            return tooLarge(locale);
        }
        byte[] file = body.readNBytes(ImportLimits.MAX_FILE_BYTES + 1);
        if (file.length > ImportLimits.MAX_FILE_BYTES) {
            return tooLarge(locale);
        }
        ImportResult result = dryRun ? importer.preview(file) : importer.importFile(file, replace);
        if (result.isRefused()) {
            return unitRefused(result.refusedUnits(), locale);
        }
        ImportJson json = new ImportJson(
                result.projects().stream().map(project -> ProjectJson.of(project, messages, locale)).toList(),
                issues(result.warnings(), locale), issues(result.errors(), locale));
        return ResponseEntity.status(result.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(json);
    }

    private ResponseEntity<Map<String, Object>> tooLarge(Locale locale) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", messages.getTranslation(
                "import.tooLarge", locale, ImportLimits.MAX_FILE_BYTES / (1024 * 1024)),
                "maxBytes", ImportLimits.MAX_FILE_BYTES));
    }

    /** Forms of units the user may not write: 403, each form named with its number, project and unit. */
    @ExceptionHandler(UnitNotWritableException.class)
    ResponseEntity<Map<String, Object>> unitRefused(UnitNotWritableException refused, Locale locale) {
        return unitRefused(refused.getRefused(), locale);
    }

    private ResponseEntity<Map<String, Object>> unitRefused(List<FormData> refused, Locale locale) {
        List<RefusedFormJson> forms = refused.stream().map(form -> {
            String name = ImportLimits.quote(form.name());
            String unit = ImportLimits.quote(form.department());
            return new RefusedFormJson(form.formNumber(), name, unit, messages.getTranslation(
                    "import.unitRefused.form", locale, form.formNumber(), name == null ? "?" : name, unit));
        }).toList();
        String message = messages.getTranslation("import.unitRefused", locale, forms.size());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", message, "forms", forms));
    }

    @ExceptionHandler(DuplicateProjectException.class)
    ResponseEntity<Map<String, Object>> duplicate(DuplicateProjectException duplicate, Locale locale) {
        List<DuplicateJson> existing = duplicate.getDuplicates().stream()
                .map(form -> new DuplicateJson(form.year(), ImportLimits.quote(form.department()),
                        ImportLimits.quote(form.name()))).toList();
        String message = messages.getTranslation("import.duplicate.api", locale, existing.stream()
                .map(d -> d.year() + " " + d.department() + " " + d.name()).toList().toString());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", message, "duplicates", existing));
    }

    /** The new forms drop indicators or sub-items with recorded values: 409, each named, nothing stored. */
    @ExceptionHandler(ReplaceRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(ReplaceRefusedException refused, Locale locale) {
        List<Map<String, Object>> refusals = refused.getRefusals().stream().map(refusal -> {
            String project = ImportLimits.quote(refusal.projectName());
            String name = ImportLimits.quote(refusal.subjectName());
            return Map.<String, Object>of("project", project, "kind", refusal.indicator() ? "indicator" : "budgetItem",
                    "name", name, "message", messages.getTranslation(refusal.messageKey(), locale, project, name));
        }).toList();
        String message = messages.getTranslation("import.replace.refused", locale, refusals.size());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", message, "refusals", refusals));
    }

    private List<IssueJson> issues(List<ImportIssue> issues, Locale locale) {
        return issues.stream().map(issue -> new IssueJson(issue.severity().name(), issue.code(),
                messages.getTranslation("import.issue." + issue.code(), locale, issue.args().toArray()),
                issue.formNumber(), issue.projectName(), issue.line(), issue.args())).toList();
    }
}
