package org.perfgoals.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ThreadLocalRandom;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Single writes from other systems (REST PUT, {@link EntryMode#FEED}). Every save of a quarter raises the report's
 * version, so writers of one quarter at the same moment conflict: all but one fail their optimistic lock, and two
 * writers of a quarter never reported before both insert its report (or the same value), one of them hitting the
 * unique key. A feed carries no version it started from (last writer wins anyway), so retrying the whole save in a
 * new transaction is safe: the retry reads what the winner committed. After a few tries the caller gets
 * {@link ConcurrentWriteException} (409), nothing of the lost attempt stored.
 *
 * <p>Not transactional itself: each attempt is one transaction of {@link QuarterEntryService#save}.
 */
@Component
public class MonitoringFeed {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringFeed.class);
    static final int ATTEMPTS = 8;

    private final QuarterEntryService monitoring;
    /** Attempts that lost to a concurrent writer and were made again ({@code perfgoals_feed_conflicts_total}). */
    private final Counter conflicts;

    MonitoringFeed(QuarterEntryService monitoring, MeterRegistry meters) {
        this.monitoring = monitoring;
        this.conflicts = meters.counter("perfgoals.feed.conflicts");
    }

    public PeriodSheet write(WriteScope scope, SheetInput input) {
        RuntimeException conflict = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return monitoring.save(scope.projectId(), scope.period(), input, EntryMode.FEED);
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                // Input was validated before anything was written: an integrity failure here is a racing insert.
                conflict = e;
                conflicts.increment();
                LOG.debug("Concurrent write of project {} {}, attempt {}", scope.projectId(), scope.period(),
                        attempt, e);
                pause(attempt);
            }
        }
        LOG.warn("Gave up writing project {} {} after {} concurrent conflicts", scope.projectId(), scope.period(),
                ATTEMPTS, conflict);
        throw new ConcurrentWriteException(conflict);
    }

    /** A random, growing pause, so that the writers that lost do not collide again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentWriteException(e);
        }
    }
}
