package org.perfgoals.importer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.perfgoals.unit.domain.UnitName;
import java.util.Optional;
import java.util.Set;

import org.perfgoals.indicator.domain.TargetParser;

/** Reads one form: takes its text apart into fields, reads every field, and checks the whole. */
final class SingleFormReader {

    record Outcome(FormData form, List<ImportIssue> issues) {
    }

    private static final int QUOTED_LINE_LENGTH = 40;

    private final IndicatorTableReader indicatorReader;

    SingleFormReader(TargetParser targetParser) {
        this.indicatorReader = new IndicatorTableReader(targetParser);
    }

    Outcome read(FormText text) {
        FormSections sections = SectionCollector.collect(text);
        FormIssues issues = new FormIssues();
        int titleLine = text.title().line();

        String name = sections.text(FormField.NAME);
        if (name == null) {
            issues.error("name.missing", lineOf(sections, FormField.NAME, titleLine));
        }
        FormFamily family = FormFamily.of(sections);
        boolean national = family == FormFamily.NATIONAL;
        String unit = national ? nationalUnit(sections, issues, titleLine) : unit(sections, issues, titleLine);
        String projectType = national ? NationalFields.projectType(sections)
                : choice(ChoiceField.PROJECT_TYPE, sections, issues, titleLine);
        String fundUse = national ? null : choice(ChoiceField.FUND_USE, sections, issues, titleLine);
        LocalDate start;
        LocalDate end;
        boolean datesApart = sections.field(FormField.START_DATE).isPresent()
                || sections.field(FormField.END_DATE).isPresent();
        if (national && !datesApart) {
            NationalFields.Period period = NationalFields.period(sections, sections.printedYear(), issues, titleLine);
            start = period.start();
            end = period.end();
        } else {
            start = date(sections, FormField.START_DATE, DateText.End.START, issues, titleLine);
            end = date(sections, FormField.END_DATE, DateText.End.END, issues, titleLine);
        }
        if (start != null && end != null && end.isBefore(start)) {
            issues.warning("date.order", lineOf(sections, FormField.END_DATE, titleLine), start.toString(),
                    end.toString());
        }
        Integer year = year(sections, start, issues, titleLine);

        BudgetFigures budget;
        List<BudgetItemData> items;
        int budgetLine;
        if (national) {
            budget = NationalFields.budget(sections, issues, titleLine);
            items = NationalFields.items(sections, issues);
            budgetLine = NationalFields.budgetLine(sections, titleLine);
        } else {
            budget = new BudgetFigures(
                    amount(sections, FormField.TOTAL_BUDGET, true, issues, titleLine),
                    amount(sections, FormField.CURRENT_YEAR_BUDGET, true, issues, titleLine),
                    amount(sections, FormField.PREVIOUS_YEAR_BUDGET, false, issues, titleLine),
                    amount(sections, FormField.PREVIOUS_YEAR_EXECUTED, false, issues, titleLine));
            items = sections.field(FormField.BUDGET_ITEMS)
                    .map(table -> BudgetTableReader.read(table, issues)).orElse(List.of());
            budgetLine = lineOf(sections, FormField.CURRENT_YEAR_BUDGET, titleLine);
        }
        budget.check(items, items.isEmpty() ? budgetLine : items.getFirst().line(), budgetLine, issues);

        List<IndicatorData> indicators = indicators(text, sections, year, !national, issues);
        unrecognized(sections.unrecognized(), issues);

        FormData form = new FormData(text.number(), titleLine, year, unit, name, projectType, fundUse,
                sections.text(FormField.OWNER), sections.text(FormField.CONTACT), sections.text(FormField.PHONE),
                start, end, plain(sections, FormField.OVERVIEW), plain(sections, FormField.LEGAL_BASIS),
                plain(sections, FormField.NECESSITY), plain(sections, FormField.SAFEGUARDS),
                plain(sections, FormField.IMPLEMENTATION_PLAN), budget.total(), budget.currentYear(),
                budget.previousYear(), budget.previousYearExecuted(), items,
                plain(sections, FormField.OVERALL_GOAL), plain(sections, FormField.ANNUAL_GOAL), indicators,
                plain(sections, FormField.REMARK));
        FormLimits.check(form, field -> lineOf(sections, field, titleLine),
                sections.hasIndicatorTable() ? sections.indicatorTableLine() : titleLine, issues);
        return new Outcome(form, issues.toIssues(text.number(), name));
    }

    private static String unit(FormSections sections, FormIssues issues, int titleLine) {
        String written = sections.text(FormField.UNIT);
        String unit = written == null ? null : UnitName.normalize(written).orElse(null);
        if (unit == null) {
            issues.error("department.missing", lineOf(sections, FormField.UNIT, titleLine));
            return null;
        }
        return unit;
    }

    /** 实施单位, else 主管部门 without its code. */
    private static String nationalUnit(FormSections sections, FormIssues issues, int titleLine) {
        String unit = NationalFields.unit(sections);
        if (unit == null) {
            issues.error("department.missing", sections.field(FormField.IMPLEMENTING_UNIT)
                    .or(() -> sections.field(FormField.MANAGING_DEPARTMENT)).map(FieldValue::valueLine)
                    .orElse(titleLine));
        }
        return unit;
    }

    private static String choice(ChoiceField choice, FormSections sections, FormIssues issues, int titleLine) {
        List<String> cells = sections.field(choice.field())
                .map(value -> value.fragments().stream().flatMap(fragment -> fragment.cells().stream()).toList())
                .orElse(List.of());
        CheckboxReader.Reading reading = choice.reader().read(cells);
        int line = lineOf(sections, choice.field(), titleLine);
        String label = choice.field().printedLabel();
        if (reading.unlabeledTicked() > 0) {
            issues.warning("checkbox.unlabeled", line, label, String.valueOf(reading.unlabeledTicked()));
        }
        if (reading.unlabeledUnticked() > 0) {
            issues.warning("checkbox.unlabeledUnticked", line, label, String.valueOf(reading.unlabeledUnticked()));
        }
        if (!reading.labelsWithoutBox().isEmpty()) {
            issues.warning("checkbox.missing", line, label, String.join("、", reading.labelsWithoutBox()));
        }
        reading.unknownTicked().forEach(unknown -> issues.warning("checkbox.unknownLabel", line, label, unknown));
        if (reading.ticked().isEmpty()) {
            if (reading.unlabeledTicked() == 0) {
                issues.warning(choice.issueCode("none"), line, label);
            }
            return null;
        }
        if (reading.ticked().size() > 1) {
            issues.warning("checkbox.multiple", line, label, String.join("、", reading.ticked()),
                    reading.ticked().getFirst());
        }
        return reading.ticked().getFirst();
    }

    private static LocalDate date(FormSections sections, FormField field, DateText.End end, FormIssues issues,
                                  int titleLine) {
        String written = sections.text(field);
        int line = lineOf(sections, field, titleLine);
        if (written == null) {
            issues.warning("date.missing", line, field.printedLabel());
            return null;
        }
        Optional<LocalDate> date = DateText.parse(written, end);
        if (date.isEmpty()) {
            issues.warning("date.invalid", line, field.printedLabel(), written);
        }
        return date.orElse(null);
    }

    /** The year printed under the title; a form that prints none is dated by its start. */
    private static Integer year(FormSections sections, LocalDate start, FormIssues issues, int titleLine) {
        Integer printed = sections.printedYear();
        if (printed != null && start != null && start.getYear() != printed) {
            issues.warning("year.mismatch", sections.yearLine(), printed.toString(),
                    String.valueOf(start.getYear()));
        }
        if (printed == null && start == null) {
            // Year, unit and name identify a project: without a year it cannot be stored.
            issues.error("year.missing", titleLine);
        }
        return printed != null ? printed : start == null ? null : start.getYear();
    }

    private static BigDecimal amount(FormSections sections, FormField field, boolean expected, FormIssues issues,
                                     int titleLine) {
        Optional<FieldValue> value = sections.field(field);
        String written = value.map(FieldValue::text).orElse(null);
        if (written == null) {
            if (expected) {
                issues.warning("amount.missing", lineOf(sections, field, titleLine), field.printedLabel());
            }
            return null;
        }
        Optional<BigDecimal> amount = AmountText.parse(written, value.get().notesMention("万元"));
        if (amount.isEmpty()) {
            issues.error("amount.invalid", value.get().valueLine(), field.printedLabel(), written);
        }
        return amount.orElse(null);
    }

    /** {@code endsWithRemark}: the family closes the form with 备注 (Shanghai's does, the national one does not). */
    private List<IndicatorData> indicators(FormText text, FormSections sections, Integer year, boolean endsWithRemark,
                                           FormIssues issues) {
        int lastLine = text.rows().stream().filter(row -> !row.isBlank()).mapToInt(Row::line).max()
                .orElse(text.title().line());
        if (!sections.hasIndicatorTable()) {
            issues.error("indicators.missing", lastLine);
            if (text.lastInFile()) {
                issues.error("form.truncated", lastLine, String.valueOf(lastLine));
            }
            return List.of();
        }
        IndicatorTableReader.Result table = indicatorReader.read(sections.indicatorRows(), year, issues);
        if (text.lastInFile() && table.lastRowCut()) {
            issues.error("form.truncated", lastLine, String.valueOf(lastLine));
        } else if (text.lastInFile() && endsWithRemark && !sections.reachedEnd()) {
            issues.warning("form.endMissing", lastLine, String.valueOf(lastLine));
        }
        if (table.indicators().isEmpty()) {
            issues.warning("indicators.empty", sections.indicatorTableLine());
        }
        Set<String> seen = new HashSet<>();
        for (IndicatorData indicator : table.indicators()) {
            if (!seen.add(indicator.name())) {
                issues.warning("indicator.duplicate", indicator.line(), indicator.name());
            }
        }
        return table.indicators();
    }

    /** Each ignored line is quoted, up to a bound: a file of junk lines must not become as many stored warnings. */
    private static void unrecognized(List<Row> rows, FormIssues issues) {
        rows.stream().limit(ImportLimits.MAX_UNRECOGNIZED_LINES_QUOTED)
                .forEach(row -> issues.warning("line.unrecognized", row.line(), quote(row.text())));
        if (rows.size() > ImportLimits.MAX_UNRECOGNIZED_LINES_QUOTED) {
            Row first = rows.get(ImportLimits.MAX_UNRECOGNIZED_LINES_QUOTED);
            issues.warning("line.unrecognizedMore", first.line(),
                    String.valueOf(rows.size() - ImportLimits.MAX_UNRECOGNIZED_LINES_QUOTED),
                    String.valueOf(first.line()));
        }
    }

    private static String plain(FormSections sections, FormField field) {
        return MarkupText.toPlain(sections.text(field));
    }

    private static int lineOf(FormSections sections, FormField field, int fallback) {
        return sections.field(field).map(FieldValue::valueLine).orElse(fallback);
    }

    private static String quote(String text) {
        return text.length() <= QUOTED_LINE_LENGTH ? text : text.substring(0, QUOTED_LINE_LENGTH) + "…";
    }
}
