package org.perfgoals.importer.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.importer.DuplicateProjectException;
import org.perfgoals.importer.ReplaceRefusedException;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.ImportService;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.project.api.ProjectJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports} with the form text as the body: 200 with {projects, warnings, errors}; 400 and
 * nothing stored on any error; 409 when a project exists and {@code replace} was not asked; {@code dryRun} stores
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

    @PostMapping(consumes = {"text/plain", "application/octet-stream"})
    ResponseEntity<ImportJson> importForms(@RequestBody(required = false) byte[] body,
                                           @RequestParam(defaultValue = "false") boolean dryRun,
                                           @RequestParam(defaultValue = "false") boolean replace, Locale locale) {
        byte[] file = body == null ? new byte[0] : body;
        ImportResult result = dryRun ? importer.preview(file) : importer.importFile(file, replace);
        ImportJson json = new ImportJson(
                result.projects().stream().map(project -> ProjectJson.of(project, messages, locale)).toList(),
                issues(result.warnings(), locale), issues(result.errors(), locale));
        return ResponseEntity.status(result.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(json);
    }

    @ExceptionHandler(DuplicateProjectException.class)
    ResponseEntity<Map<String, Object>> duplicate(DuplicateProjectException duplicate, Locale locale) {
        List<DuplicateJson> existing = duplicate.getDuplicates().stream()
                .map(form -> new DuplicateJson(form.year(), form.department(), form.name())).toList();
        String message = messages.getTranslation("import.duplicate.api", locale, existing.stream()
                .map(d -> d.year() + " " + d.department() + " " + d.name()).toList().toString());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", message, "duplicates", existing));
    }

    /** The new forms drop indicators or sub-items with recorded values: 409, each named, nothing stored. */
    @ExceptionHandler(ReplaceRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(ReplaceRefusedException refused, Locale locale) {
        List<Map<String, Object>> refusals = refused.getRefusals().stream().map(refusal -> Map.<String, Object>of(
                "project", refusal.projectName(), "kind", refusal.indicator() ? "indicator" : "budgetItem",
                "name", refusal.subjectName(), "message", messages.getTranslation(refusal.messageKey(), locale,
                        refusal.projectName(), refusal.subjectName()))).toList();
        String message = messages.getTranslation("import.replace.refused", locale, refusals.size());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", message, "refusals", refusals));
    }

    private List<IssueJson> issues(List<ImportIssue> issues, Locale locale) {
        return issues.stream().map(issue -> new IssueJson(issue.severity().name(), issue.code(),
                messages.getTranslation("import.issue." + issue.code(), locale, issue.args().toArray()),
                issue.formNumber(), issue.projectName(), issue.line(), issue.args())).toList();
    }
}
