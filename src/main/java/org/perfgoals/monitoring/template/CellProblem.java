package org.perfgoals.monitoring.template;

import java.util.List;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;

/**
 * A refused cell of an uploaded template, or a refused workbook as a whole: where (sheet, row as Excel numbers it,
 * column heading, cell such as {@code I5}; null or 0 when the problem is not of one cell), the field it fills as the
 * REST API names it, the code of the rule and the i18n key and arguments of its message.
 */
public record CellProblem(String sheet, int row, String column, String cell, String field, String code,
                          String messageKey, List<String> args) {

    public CellProblem {
        args = args.stream().map(JsonBody::prefix).toList();
    }

    /** A problem of the template's own ({@code template.error.<code>}). */
    static CellProblem of(String sheet, int row, String column, String cell, String code, String... args) {
        return new CellProblem(sheet, row, column, cell, null, code, "template.error." + code, List.of(args));
    }

    /** A problem of the whole workbook. */
    static CellProblem ofFile(String code, String... args) {
        return of(null, 0, null, null, code, args);
    }

    /** A field refused by the entry view's rules, placed at its cell. */
    public static CellProblem of(FieldError error, int row, String cell) {
        FieldRef field = error.field();
        return new CellProblem(TemplateColumns.sheetOf(field), row, TemplateColumns.columnOf(field), cell,
                error.path(), error.code(), "monitoring.error." + error.code(), error.args());
    }
}
