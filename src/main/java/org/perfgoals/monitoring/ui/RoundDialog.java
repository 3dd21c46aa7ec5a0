package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.ui.FormDialog;
import org.perfgoals.monitoring.CalendarAdministration;
import org.perfgoals.monitoring.CalendarException;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.ReportingRound;

/**
 * A round's due day, or a new extra round (its last month and its due day). What the service refuses is shown on
 * the field it names; when done the view reloads the calendar.
 */
final class RoundDialog extends FormDialog<CalendarException.Field> {

    final Select<Integer> month = new Select<>();
    final DatePicker due = new DatePicker();
    private final CalendarAdministration administration;
    private final int year;
    private final @Nullable ReportingRound round;
    private final Runnable done;

    /** Moves the due day of {@code round}. */
    static RoundDialog moving(CalendarAdministration administration, ReportingRound round, String periodName,
                              Runnable done) {
        return new RoundDialog(administration, round.period().year(), round, done, "calendar.view.move.title",
                periodName);
    }

    /** Adds an extra round to {@code year}. */
    static RoundDialog adding(CalendarAdministration administration, int year, Runnable done) {
        return new RoundDialog(administration, year, null, done, "calendar.view.add.title", year);
    }

    private RoundDialog(CalendarAdministration administration, int year, @Nullable ReportingRound round,
                        Runnable done, String titleKey, Object arg) {
        super(CalendarException.Field.class, "calendar.view.save", titleKey, arg);
        this.administration = administration;
        this.year = year;
        this.round = round;
        this.done = done;
        due.setLabel(getTranslation("calendar.view.due"));
        due.setLocale(getLocale());
        due.setWidthFull();
        validate(binder.forField(due).asRequired(getTranslation("calendar.error.dueRequired"))
                .withValidator(refusals.validator(CalendarException.Field.DUE)));
        if (round == null) {
            month.setLabel(getTranslation("calendar.view.month"));
            // An extra round ends inside a quarter: the quarters are rounds already.
            month.setItems(IntStream.rangeClosed(1, 11).filter(m -> m % 3 != 0).boxed().toList());
            month.setItemLabelGenerator(m -> getTranslation("calendar.period.months", m));
            month.setWidthFull();
            validate(binder.forField(month).asRequired(getTranslation("calendar.error.monthRequired"))
                    .withValidator(refusals.validator(CalendarException.Field.MONTH)));
            month.addValueChangeListener(change -> {
                if (change.getValue() != null && due.isEmpty()) {
                    due.setValue(new Period(year, change.getValue()).end().plusMonths(1));
                }
            });
            form.add(month);
        } else {
            due.setValue(round.due());
        }
        form.add(due);
    }

    @Override
    protected boolean submit() {
        LocalDate day = due.getValue();
        try {
            if (round == null) {
                administration.addRound(year, month.getValue(), day);
            } else {
                administration.setDue(year, round.period().endMonth(), day);
            }
        } catch (CalendarException refused) {
            refuse(refused.getField(), getTranslation(refused.messageKey(), refused.getArgs().toArray()));
            showRefusals();
            return false;
        }
        done.run();
        return true;
    }
}
