package org.perfgoals.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The overdue check: a period that ended long enough ago without being submitted raises DATA_OVERDUE. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class OverdueService {

    private final OverdueAlerts overdue;
    private final MonitoringProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OverdueService(OverdueAlerts overdue, MonitoringProperties properties, CurrentUser currentUser, Clock clock,
                   ApplicationEventPublisher events) {
        this.overdue = overdue;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Raises DATA_OVERDUE for every period of a project's year that ended more than the configured days before
     * {@code today} and is not submitted, and resolves it for periods that were submitted meanwhile: a few
     * statements over all projects ({@link OverdueAlerts}), not a query per project.
     *
     * @return the number of overdue periods
     */
    public int checkOverdue(LocalDate today) {
        int count = overdue.sync(today, properties.overdueDays(), currentUser.username(), clock.instant());
        events.publishEvent(DataChangedEvent.workflow());
        return count;
    }
}
