package org.perfgoals.base.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.perfgoals.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node's start-up work waits while another node holds the start-up row, and goes on once that node is done (its
 * transaction ends), as two nodes started at once on one database do.
 */
class StartUpLockTest extends SpringTest {

    @Autowired
    private StartUpLock lock;
    @Autowired
    private DataSource dataSource;

    @Test
    void theStartUpWaitsForTheOtherNodesStartUpAndThenGoesOn() throws Exception {
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement select = otherNode.prepareStatement(
                    "select name from node_lock where name = 'start-up' for update")) {
                select.executeQuery().close();
            }
            CompletableFuture<Void> thisNode = CompletableFuture.runAsync(() -> {
                try {
                    lock.take();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(700);
            assertThat(thisNode).as("waits while the other node holds the row").isNotDone();

            otherNode.commit();
            thisNode.get(10, TimeUnit.SECONDS);
        }
        lock.release();
    }
}
