package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * One indicator as a row of the entry table: name, target, the previous period's value, the inputs of this period
 * (one column per part of a compound target, the assessment, the deadline's completion date), the status; below
 * it, spanning the row, the explanation a YELLOW or RED row needs. Its {@link ActualFields} are the form's own.
 * Each input's cell carries its column ({@code data-col}), which the keyboard and the paste move along.
 */
class EntryTableRow extends NativeTableBody implements IndicatorRow {

    /** 2019-12-15, 2019/12/15, 2019.12.15, 2019年12月15日: how a spreadsheet shows a date. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})"
            + "\\s*日?");

    /**
     * The table's columns of inputs: as many number columns as the most parts of a compound target, and the
     * assessment and the deadline's columns only when some row has one.
     */
    record Columns(int values, boolean assessments, boolean deadlines) {

        static Columns of(List<SheetRow> rows) {
            int values = rows.stream().mapToInt(row -> row.indicator().target() instanceof Target.Compound compound
                    ? compound.parts().size() : 1).max().orElse(1);
            return new Columns(Math.max(1, values), rows.stream().anyMatch(row -> !row.derived()
                    && (row.indicator().target() instanceof Target.Qualitative
                    || row.indicator().target() instanceof Target.Relative)),
                    rows.stream().anyMatch(row -> !row.derived()
                            && row.indicator().target() instanceof Target.Deadline));
        }

        /** Every column: name, target, previous value, the inputs' and the status. */
        int count() {
            return 4 + values + (assessments ? 1 : 0) + (deadlines ? 1 : 0);
        }
    }

    final ActualFields fields;
    final NativeTableRow line = new NativeTableRow();
    final NativeTableRow explanationLine = new NativeTableRow();
    private final Columns columns;

    EntryTableRow(SheetRow row, Columns columns, Consumer<ActualFields> onChange) {
        this.columns = columns;
        int valueColumns = columns.values();
        fields = new ActualFields(row, this);
        addClassName("entry-table-row");
        getElement().setAttribute("data-indicator", String.valueOf(fields.indicator.id()));
        String name = fields.indicator.name();
        NativeTableCell nameCell = line.addDataCell();
        nameCell.setText(name);
        nameCell.addClassName("entry-name");
        line.addDataCell().add(target(row));
        Span previous = new Span(CardInfo.previous(this, row));
        previous.addClassName("entry-earlier");
        line.addDataCell().add(previous);
        for (int column = 0; column < valueColumns; column++) {
            NativeTableCell cell = line.addDataCell();
            if (row.derived() && column == 0) {
                cell.add(IndicatorEntry.derived(this, row));
            } else if (column < fields.numbers.size()) {
                ActualFields.NumberInput number = fields.numbers.get(column);
                number.field().setWidth("8em");
                number.field().setAriaLabel(name + " " + number.label());
                if (fields.numbers.size() > 1) {
                    number.field().setPlaceholder(number.label());
                }
                input(cell, column, number.field());
            }
        }
        NativeTableCell assessed = columns.assessments() ? line.addDataCell() : null;
        if (assessed != null && fields.assessed()) {
            fields.assessment.setWidth("11em");
            fields.assessment.setAriaLabel(name + " " + fields.assessmentLabel());
            input(assessed, assessmentColumn(), fields.assessment);
        }
        NativeTableCell deadline = columns.deadlines() ? line.addDataCell() : null;
        if (deadline != null && fields.deadline()) {
            fields.done.setAriaLabel(name + " " + getTranslation("entry.done"));
            fields.doneOn.setAriaLabel(name + " " + getTranslation("entry.doneOn"));
            fields.doneOn.setWidth("10em");
            // A date picked here means done: the table has no room to ask twice.
            fields.doneOn.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    fields.done.setValue(true);
                }
            });
            input(deadline, deadlineColumn(), fields.done, fields.doneOn);
        }
        NativeTableCell status = line.addDataCell();
        status.add(fields.chip, CardHeading.markMissingExplanation(new Span(), row));
        status.addClassName("entry-table-status");
        NativeTableCell explained = explanationLine.addDataCell();
        explained.setColspan(columns.count());
        explained.add(fields.explanation);
        explanationLine.addClassName("entry-table-explanation");
        addRows(line, explanationLine);
        fields.listen(onChange);
    }

    private Component target(SheetRow row) {
        Span target = new Span(new TargetWording(this::getTranslation).describe(row.indicator().target()));
        target.addClassName("entry-target");
        if (!(row.indicator().target() instanceof Target.Relative)) {
            return target;
        }
        Span baseline = new Span(BaselineText.of(this, row.baseline()));
        baseline.addClassName("entry-baseline");
        Span both = new Span(target, baseline);
        both.addClassName("entry-table-target");
        return both;
    }

    private static void input(NativeTableCell cell, int column, Component... inputs) {
        cell.getElement().setAttribute("data-col", String.valueOf(column));
        cell.add(inputs);
    }

    /** The columns of inputs are counted from the first number's, as shown: a paste fills them side by side. */
    int assessmentColumn() {
        return columns.values();
    }

    int deadlineColumn() {
        return columns.values() + (columns.assessments() ? 1 : 0);
    }

    /** The last column an input can be in: pasted cells beyond it are left out. */
    int lastColumn() {
        return deadlineColumn() - (columns.deadlines() ? 0 : 1);
    }

    @Override
    public ActualFields fields() {
        return fields;
    }

    /**
     * Puts a pasted cell's text into the input of the column, as if typed there; the input then validates it as a
     * typed value. Returns why it was not taken (an assessment or date the row cannot read), which the table shows
     * on the input after the row is judged; empty when taken, or when the row has no editable input there.
     */
    Optional<String> paste(int column, String text) {
        String typed = text.strip();
        if (column < fields.numbers.size()) {
            return set(fields.numbers.get(column).field(), typed, null);
        }
        if (columns.assessments() && column == assessmentColumn() && fields.assessed()) {
            if (typed.isEmpty()) {
                return set(fields.assessment, null, null);
            }
            Optional<Assessment> read = assessment(typed);
            return read.isPresent() ? set(fields.assessment, read.get(), null)
                    : set(fields.assessment, fields.assessment.getValue(), getTranslation(
                            "entryTable.notAnAssessment", typed, Arrays.stream(Assessment.values())
                                    .map(this::label).collect(Collectors.joining(" / "))));
        }
        if (columns.deadlines() && column == deadlineColumn() && fields.deadline()) {
            if (typed.isEmpty()) {
                set(fields.done, false, null);
                return set(fields.doneOn, null, null);
            }
            Optional<LocalDate> date = date(typed);
            if (date.isEmpty()) {
                return set(fields.doneOn, fields.doneOn.getValue(),
                        getTranslation("entryTable.notADate", typed));
            }
            set(fields.done, true, null);
            return set(fields.doneOn, date.get(), null);
        }
        return Optional.empty();
    }

    private static <V> Optional<String> set(HasValue<?, V> input, V value, String refusal) {
        if (input.isReadOnly()) {
            return Optional.empty();
        }
        input.setValue(value);
        return Optional.ofNullable(refusal);
    }

    /** Shows a pasted cell's refusal on the input of its column. */
    void refuse(int column, String message) {
        HasValidation input = columns.assessments() && column == assessmentColumn() ? fields.assessment
                : fields.doneOn;
        input.setErrorMessage(message);
        input.setInvalid(true);
    }

    /** An assessment by its name in words, or the start of it (达成, 部分达成, 未达成), or its code. */
    private Optional<Assessment> assessment(String typed) {
        List<Assessment> matching = Arrays.stream(Assessment.values())
                .filter(item -> item.name().equalsIgnoreCase(typed) || label(item).startsWith(typed)).toList();
        return matching.size() == 1 ? Optional.of(matching.getFirst()) : Arrays.stream(Assessment.values())
                .filter(item -> label(item).equals(typed)).findFirst();
    }

    private String label(Assessment item) {
        return getTranslation("assessment." + item.name());
    }

    static Optional<LocalDate> date(String typed) {
        Matcher matcher = DATE.matcher(typed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
