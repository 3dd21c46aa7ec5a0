package org.perfgoals.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditSubject;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.ReportingCalendar;
import org.perfgoals.monitoring.domain.ReportingRound;
import org.perfgoals.monitoring.store.ReportingDeadline;
import org.perfgoals.monitoring.store.ReportingDeadlineRepository;
import org.perfgoals.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' side of the reporting calendar: a quarter's due day moved, an extra round added or removed, a quarter
 * back to the default. DATA_OVERDUE follows in the same transaction: opened for a round now past its day, closed for
 * one that no longer is.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CalendarAdministration {

    private final ReportingDeadlineRepository deadlines;
    private final ReportingCalendarService calendars;
    private final OverdueAlerts overdue;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CalendarAdministration(ReportingDeadlineRepository deadlines, ReportingCalendarService calendars,
                           OverdueAlerts overdue, CurrentUser currentUser, Clock clock, AuditLog audit,
                           ApplicationEventPublisher events) {
        this.deadlines = deadlines;
        this.calendars = calendars;
        this.overdue = overdue;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** Sets the due day of a quarter or of an extra round of the year. */
    public ReportingRound setDue(int year, int endMonth, LocalDate due) {
        ReportingCalendar calendar = checked(year, endMonth);
        ReportingRound before = calendar.round(new Period(year, endMonth));
        if (before.period().quarter().isEmpty() && !before.extra()) {
            throw new CalendarException(CalendarException.Field.MONTH, "noSuchRound", List.of(month(endMonth)));
        }
        refuseIf(calendar, endMonth, due, false);
        ReportingDeadline deadline = deadlines.findByYearAndMonth(year, endMonth).orElse(null);
        if (deadline == null) {
            deadlines.save(new ReportingDeadline(year, endMonth, due, false, currentUser.username(),
                    clock.instant()));
        } else {
            deadline.moveTo(due, currentUser.username(), clock.instant());
        }
        return changed(year, endMonth, "due", before.due(), due);
    }

    /** Adds an extra round: a period ending inside a quarter (1–7月), due on {@code due}. */
    public ReportingRound addRound(int year, int endMonth, LocalDate due) {
        ReportingCalendar calendar = checked(year, endMonth);
        refuseIf(calendar, endMonth, due, true);
        deadlines.save(new ReportingDeadline(year, endMonth, due, true, currentUser.username(), clock.instant()));
        return changed(year, endMonth, "added", null, due);
    }

    /** Removes an extra round, or gives a quarter its default due day again. */
    public ReportingRound reset(int year, int endMonth) {
        checked(year, endMonth);
        ReportingDeadline deadline = deadlines.findByYearAndMonth(year, endMonth).orElseThrow(
                () -> new CalendarException(CalendarException.Field.MONTH, "noSuchRound", List.of(month(endMonth))));
        LocalDate before = deadline.getDue();
        deadlines.delete(deadline);
        return changed(year, endMonth, deadline.isExtra() ? "removed" : "reset", before, null);
    }

    private ReportingCalendar checked(int year, int endMonth) {
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new CalendarException(CalendarException.Field.MONTH, "year",
                    List.of(String.valueOf(Period.MIN_YEAR), String.valueOf(Period.MAX_YEAR)));
        }
        if (endMonth < 1 || endMonth > 12) {
            throw new CalendarException(CalendarException.Field.MONTH, "month", List.of(String.valueOf(endMonth)));
        }
        return calendars.calendar(year);
    }

    private static void refuseIf(ReportingCalendar calendar, int endMonth, LocalDate due, boolean extra) {
        calendar.refusal(endMonth, due, extra).ifPresent(code -> {
            throw new CalendarException(code.equals("beforeEnd") || code.equals("tooLate")
                    ? CalendarException.Field.DUE : CalendarException.Field.MONTH, code,
                    List.of(new Period(calendar.year(), endMonth).end().toString(), month(endMonth)));
        });
    }

    private ReportingRound changed(int year, int endMonth, String what, LocalDate before, LocalDate after) {
        deadlines.flush();
        audit.record(AuditEntry.of(AuditType.CALENDAR_CHANGED, AuditSubject.calendarRound(year, endMonth),
                AuditDetails.json("change", what, "from", before == null ? null : before.toString(),
                        "to", after == null ? null : after.toString())));
        overdue.sync(calendars.overdueRounds(LocalDate.now(clock)), currentUser.username(), clock.instant());
        events.publishEvent(DataChangedEvent.workflow());
        return calendars.round(new Period(year, endMonth));
    }

    private static String month(int endMonth) {
        return String.valueOf(endMonth);
    }
}
