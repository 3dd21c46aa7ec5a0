package org.perfgoals.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.perfgoals.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scan runs on one node at a time: while another node holds its lock a run here is skipped; once free, it runs,
 * and a second run adds nothing (the unique key, not the lock, keeps notifications single).
 */
class NotificationJobsLockTest extends SpringTest {

    @Autowired
    private NotificationJobs jobs;
    @Autowired
    private LockProvider locks;
    @Autowired
    private JdbcClient jdbc;

    private long notifications() {
        return jdbc.sql("select count(*) from notification").query(Long.class).single();
    }

    @Test
    void a_scan_while_another_node_holds_the_lock_is_skipped_and_the_next_one_runs_once() {
        assertThat(notifications()).as("the start-up scan told staff and manager of the overdue quarters")
                .isEqualTo(4);
        jdbc.sql("delete from notification").update();
        jdbc.sql("update shedlock set lock_until = locked_at").update();

        SimpleLock otherNode = locks.lock(new LockConfiguration(Instant.now(), "notification-scan",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        jobs.scan();
        assertThat(notifications()).as("skipped while the lock is held elsewhere").isZero();

        otherNode.unlock();
        jobs.scan();
        assertThat(notifications()).isEqualTo(4);
        jdbc.sql("update shedlock set lock_until = locked_at").update();
        jobs.scan();
        assertThat(notifications()).isEqualTo(4);
    }
}
