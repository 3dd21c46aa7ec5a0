package org.perfgoals.importer.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.perfgoals.importer.DuplicateProjectException;
import org.perfgoals.importer.ReplaceRefusedException;
import org.perfgoals.importer.UnitNotWritableException;
import org.perfgoals.importer.domain.BatchRefusal;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.ImportLimits;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The import's refusals, each naming what it refused: forms of other units, existing projects, dropped subjects. */
@Component
class ImportProblems implements ProblemCatalog {

    /** 400: the file has errors and nothing was imported ({@code projects}, {@code warnings}, {@code errors}). */
    static final ProblemType IMPORT_INVALID = new ProblemType("import-invalid");
    /** 403: the file holds forms of units the user may not write ({@code forms}). */
    static final ProblemType UNIT_NOT_WRITABLE = new ProblemType("unit-not-writable");
    /** 409: projects of the file exist and {@code replace} was not asked ({@code duplicates}). */
    static final ProblemType DUPLICATE_PROJECT = new ProblemType("duplicate-project");
    /** 400 or 413: a batch refused before any form was read ({@code file}, {@code code}), e.g. a file too large. */
    static final ProblemType BATCH_REFUSED = new ProblemType("batch-refused");
    /** 409: the new forms drop indicators or sub-items that hold values ({@code refusals}). */
    static final ProblemType REPLACE_REFUSED = new ProblemType("replace-refused");

    /** {@code file}: the file of the batch the form is in (null for a single file sent as the body alone). */
    record DuplicateJson(int year, @JsonProperty("department") String unit, String name, @Nullable String file) {
    }

    record RefusedFormJson(int formNumber, String projectName, @JsonProperty("department") String unit,
                           String message, @Nullable String file) {
    }

    private final Problems problems;

    ImportProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(ImportController.ImportRejectedException.class, (rejected, locale) -> {
            ImportController.ImportJson result = rejected.result();
            var problem = problems.create(HttpStatus.BAD_REQUEST, IMPORT_INVALID,
                    problems.text("api.problem.import-invalid.detail", locale, result.errors().size()), locale);
            // The import's own result, as a 200 has it: its errors name form, project and line, not a field.
            problem.setProperty("projects", result.projects());
            problem.setProperty("warnings", result.warnings());
            problem.setProperty("errors", result.errors());
            problem.setProperty("files", result.files());
            return problem;
        }).on(BatchRefusal.class, (refused, locale) -> {
            var problem = problems.create(refused.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                    BATCH_REFUSED, problems.text("import.batch." + refused.code(), locale,
                            refused.messageArgs().toArray()), locale);
            problem.setProperty("file", refused.file());
            problem.setProperty("code", refused.code());
            return problem;
        }).on(UnitNotWritableException.class, (refused, locale) -> {
            List<RefusedFormJson> forms = new ArrayList<>();
            for (int i = 0; i < refused.getRefused().size(); i++) {
                FormData form = refused.getRefused().get(i);
                String name = ImportLimits.quote(form.name());
                String unit = ImportLimits.quote(form.unit());
                forms.add(new RefusedFormJson(form.formNumber(), name, unit, problems.text("import.unitRefused.form",
                        locale, form.formNumber(), name == null ? "?" : name, unit),
                        file(refused.getFiles().get(i))));
            }
            var problem = problems.create(HttpStatus.FORBIDDEN, UNIT_NOT_WRITABLE,
                    problems.text("import.unitRefused", locale, forms.size()), locale);
            problem.setProperty("forms", forms);
            return problem;
        }).on(DuplicateProjectException.class, (duplicate, locale) -> {
            List<DuplicateJson> existing = new ArrayList<>();
            for (int i = 0; i < duplicate.getDuplicates().size(); i++) {
                FormData form = duplicate.getDuplicates().get(i);
                existing.add(new DuplicateJson(form.year(), ImportLimits.quote(form.unit()),
                        ImportLimits.quote(form.name()), file(duplicate.getFiles().get(i))));
            }
            var problem = problems.create(HttpStatus.CONFLICT, DUPLICATE_PROJECT, problems.text(
                    "import.duplicate.api", locale, existing.stream()
                            .map(d -> d.year() + " " + d.unit() + " " + d.name()).toList().toString()), locale);
            problem.setProperty("duplicates", existing);
            return problem;
        }).on(ReplaceRefusedException.class, (refused, locale) -> {
            List<Map<String, Object>> refusals = refused.getRefusals().stream().map(refusal -> {
                String project = ImportLimits.quote(refusal.projectName());
                String name = ImportLimits.quote(refusal.subjectName());
                return Map.<String, Object>of("project", project,
                        "kind", refusal.indicator() ? "indicator" : "budgetItem", "name", name,
                        "message", problems.text(refusal.messageKey(), locale, project, name));
            }).toList();
            var problem = problems.create(HttpStatus.CONFLICT, REPLACE_REFUSED,
                    problems.text("import.replace.refused", locale, refusals.size()), locale);
            problem.setProperty("refusals", refusals);
            return problem;
        });
    }

    /** A batch's file name as sent (cut short), or null for a lone unnamed file. */
    private static @Nullable String file(String name) {
        return name.isEmpty() || ImportController.BODY.equals(name) ? null : ImportLimits.quote(name);
    }
}
