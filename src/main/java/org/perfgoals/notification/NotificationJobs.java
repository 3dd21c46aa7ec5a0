package org.perfgoals.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notification jobs, each on one node at a time (ShedLock): the scan (every minute and after start-up, after
 * the overdue check has raised its alerts), the weekly digest, the mail sender and the daily digest. Two nodes that
 * ran the same scan anyway would add nothing twice (the unique key), and two senders send each mail once (the
 * claim); the lock only saves the work.
 */
@Component
class NotificationJobs {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationJobs.class);

    private final NotificationScan scan;
    private final NotificationSender sender;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationJobs(NotificationScan scan, NotificationSender sender, Clock clock, ApplicationEventPublisher events) {
        this.scan = scan;
        this.sender = sender;
        this.clock = clock;
        this.events = events;
    }

    @Scheduled(cron = "${perfgoals.notifications.scan-cron:0 * * * * *}")
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @SchedulerLock(name = "notification-scan", lockAtLeastFor = "10s")
    public void scan() {
        LocalDate today = LocalDate.now(clock);
        int added = step("due", () -> scan.dueSoon(today)) + step("alerts", scan::fromAlerts)
                + step("reviews", scan::fromReviews);
        if (added > 0) {
            LOG.info("Notification scan: {} new notifications", added);
            // Moves the shared data version: the open bells of every node count again (LiveUpdates).
            events.publishEvent(DataChangedEvent.workflow());
        }
    }

    @Scheduled(cron = "${perfgoals.notifications.weekly-cron:0 0 7 * * MON}")
    @SchedulerLock(name = "notification-weekly", lockAtLeastFor = "30s")
    public void weekly() {
        int added = step("weekly", () -> scan.weeklyDigest(LocalDate.now(clock)));
        LOG.info("Weekly digest: {} leaders", added);
    }

    @Scheduled(cron = "${perfgoals.notifications.send-cron:*/20 * * * * *}")
    @SchedulerLock(name = "notification-mail", lockAtLeastFor = "5s")
    public void send() {
        int sent = sender.sendDue();
        if (sent > 0) {
            LOG.info("Notification mails: {} sent", sent);
        }
    }

    @Scheduled(cron = "${perfgoals.notifications.digest-cron:0 30 7 * * *}")
    @SchedulerLock(name = "notification-digest", lockAtLeastFor = "30s")
    public void dailyDigest() {
        LOG.info("Daily digests: {} sent", sender.sendDigests());
    }

    /** One event's statement; a failure (another node's row in the same instant) waits for the next run. */
    private static int step(String name, Supplier<Integer> work) {
        try {
            return SystemAuthentication.call(work);
        } catch (DataAccessException failure) {
            LOG.warn("Notification scan step {} failed, next run retries: {}", name, failure.getMessage());
            return 0;
        }
    }
}
