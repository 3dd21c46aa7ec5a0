package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overdue check runs on one node at a time: while another node holds its lock (a row of {@code shedlock}, as
 * ShedLock takes it), a run on this node is skipped and raises nothing; once the lock is free, it runs.
 */
class OverdueCheckLockTest extends UseCaseTest {

    private static final String OVERDUE = "select count(*) from alert where alert_type = 'DATA_OVERDUE'";

    @Autowired
    private OverdueCheck check;
    @Autowired
    private LockProvider locks;
    @Autowired
    private JdbcClient jdbc;

    private long overdueAlerts() {
        return jdbc.sql(OVERDUE).query(Long.class).single();
    }

    private void forgetOverdueAlerts() {
        jdbc.sql("delete from alert_event where alert_id in (select id from alert where alert_type = 'DATA_OVERDUE')")
                .update();
        jdbc.sql("delete from alert where alert_type = 'DATA_OVERDUE'").update();
    }

    @Test
    void aRunWhileAnotherNodeHoldsTheLockIsSkippedAndTheNextOneRuns() {
        long raisedAtStartUp = overdueAlerts();
        assertThat(raisedAtStartUp).as("the seed's open quarters are overdue at start-up").isPositive();
        forgetOverdueAlerts();
        // The start-up run keeps its lock for lockAtLeastFor; as if that time had passed.
        jdbc.sql("update shedlock set lock_until = locked_at").update();

        SimpleLock otherNode = locks.lock(new LockConfiguration(Instant.now(), "overdue-check",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        check.run();
        assertThat(overdueAlerts()).as("skipped while the lock is held elsewhere").isZero();

        otherNode.unlock();
        check.run();
        assertThat(overdueAlerts()).isEqualTo(raisedAtStartUp);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'overdue-check'").query(Long.class).single())
                .as("the run took the lock in the table").isOne();
    }
}
