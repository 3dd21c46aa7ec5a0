package org.perfgoals.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.perfgoals.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled check: every night (and once after start-up) periods that ended more than
 * {@code perfgoals.monitoring.overdue-days} ago without being submitted raise DATA_OVERDUE. On several nodes one
 * of them runs it at a time (ShedLock, {@code base.ops.SchedulerLockConfig}); a node that finds the lock taken
 * skips its run, and the check raises no alert twice anyway.
 */
@Component
class OverdueCheck {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueCheck.class);

    private final OverdueService monitoring;
    private final Clock clock;

    OverdueCheck(OverdueService monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @Scheduled(cron = "${perfgoals.monitoring.check-cron:0 15 2 * * *}")
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @SchedulerLock(name = "overdue-check", lockAtLeastFor = "30s")
    public void run() {
        int raised = SystemAuthentication.call(() -> monitoring.checkOverdue(LocalDate.now(clock)));
        LOG.info("Overdue check: {} periods overdue", raised);
    }
}
