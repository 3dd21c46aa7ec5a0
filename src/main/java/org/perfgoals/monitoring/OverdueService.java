package org.perfgoals.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The overdue check: a round of the reporting calendar past its due day, not submitted, raises DATA_OVERDUE. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class OverdueService {

    private final OverdueAlerts overdue;
    private final ReportingCalendarService calendar;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OverdueService(OverdueAlerts overdue, ReportingCalendarService calendar, CurrentUser currentUser, Clock clock,
                   ApplicationEventPublisher events) {
        this.overdue = overdue;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Raises DATA_OVERDUE for every round of a project's year whose due day in the reporting calendar has passed on
     * {@code today} and that is not submitted, and resolves it for periods submitted meanwhile or no longer due: a few
     * statements over all projects ({@link OverdueAlerts}), not a query per project.
     *
     * @return the number of overdue periods
     */
    public int checkOverdue(LocalDate today) {
        int count = overdue.sync(calendar.overdueRounds(today), currentUser.username(), clock.instant());
        events.publishEvent(DataChangedEvent.workflow());
        return count;
    }
}
