package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfgoals.importer.domain.LabelMatcher.Match;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Walks the lines of one form and files every cell under its field. A label can stand in any cell of a
 * row (a row may hold two label/value pairs); its value is the cells up to the next label. A line without
 * a label continues the field above (a second line of checkboxes, a sub-item row, a paragraph of a text
 * that ran over). From 分解目标 on, lines belong to the indicator table until 备注.
 */
final class SectionCollector {

    private static final Pattern YEAR = Pattern.compile("\\(?(\\d{4})年度?\\)?");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("\\((\\d{4})年度?\\)");

    private final Map<FormField, FieldValue> fields = new EnumMap<>(FormField.class);
    private final List<Row> indicatorRows = new ArrayList<>();
    private final List<Row> unrecognized = new ArrayList<>();
    private Integer printedYear;
    private int yearLine;
    private int indicatorTableLine;
    private boolean reachedEnd;
    private FormField current;
    private boolean inIndicatorTable;

    private SectionCollector() {
    }

    static FormSections collect(FormText form) {
        SectionCollector collector = new SectionCollector();
        collector.readYear(form.title());
        form.rows().forEach(collector::accept);
        return new FormSections(collector.fields, collector.printedYear, collector.yearLine,
                collector.indicatorTableLine, collector.indicatorRows, collector.reachedEnd, collector.unrecognized);
    }

    private void accept(Row row) {
        if (row.isBlank()) {
            return; // a page break or a spacer: neither ends a table nor a text
        }
        if (inIndicatorTable && !startsWithRemark(row)) {
            indicatorRows.add(row);
            return;
        }
        inIndicatorTable = false;
        List<Match> labels = LabelMatcher.matches(row);
        if (labels.isEmpty()) {
            acceptUnlabelled(row);
        } else {
            acceptLabelled(row, labels);
        }
    }

    private void acceptUnlabelled(Row row) {
        if (IndicatorColumns.fromHeader(row).isPresent()) {
            startIndicatorTable(row.line());
            indicatorRows.add(row);
        } else if (current == null) {
            if (!readYear(row)) {
                unrecognized.add(row);
            }
        } else {
            continueField(row);
        }
    }

    private void acceptLabelled(Row row, List<Match> labels) {
        for (int i = 0; i < labels.size(); i++) {
            Match label = labels.get(i);
            if (label.field() == FormField.INDICATORS) {
                startIndicatorTable(row.line());
                if (IndicatorColumns.fromHeader(row).isPresent()) {
                    indicatorRows.add(row); // 分解目标 printed as a merged cell left of the table header
                }
                return;
            }
            if (label.field() == FormField.REMARK) {
                reachedEnd = true;
            }
            int valueEnd = i + 1 < labels.size() ? labels.get(i + 1).cell() : row.cells().size();
            List<String> cells = new ArrayList<>();
            cells.add(label.inlineValue());
            cells.addAll(row.cells().subList(label.cell() + 1, valueEnd));
            fields.computeIfAbsent(label.field(), field -> new FieldValue(row.line()))
                    .add(new FieldValue.Fragment(row.line(), label.note(), cells));
            current = label.field();
        }
    }

    private void continueField(Row row) {
        FieldValue value = fields.get(current);
        if (current.layout() == FormField.Layout.SINGLE && !value.isEmpty()) {
            unrecognized.add(row);
            return;
        }
        value.add(new FieldValue.Fragment(row.line(), "", row.cells()));
    }

    private void startIndicatorTable(int line) {
        inIndicatorTable = true;
        current = null;
        if (indicatorTableLine == 0) {
            indicatorTableLine = line;
        }
    }

    private static boolean startsWithRemark(Row row) {
        List<String> cells = row.nonEmptyCells();
        return !cells.isEmpty() && LabelMatcher.match(cells.getFirst(), 0)
                .filter(match -> match.field() == FormField.REMARK).isPresent();
    }

    /** "(2019年)" or "（2019年度）" on a line of its own under the title, or in the title itself. */
    private boolean readYear(Row row) {
        String key = HalfWidth.key(row.text());
        Matcher own = YEAR.matcher(key);
        Matcher inTitle = YEAR_IN_TITLE.matcher(key);
        Matcher found = own.matches() ? own : inTitle.find() ? inTitle : null;
        if (found == null || printedYear != null) {
            return found != null;
        }
        printedYear = Integer.parseInt(found.group(1));
        yearLine = row.line();
        return true;
    }
}
