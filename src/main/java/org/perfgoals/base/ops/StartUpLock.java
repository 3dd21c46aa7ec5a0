package org.perfgoals.base.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The start-up work of every node, the {@code ApplicationReadyEvent} listeners between {@link #take} and
 * {@link #release} (the demo's users, units, seed and monitoring data, the first overdue check), runs while the node
 * holds the row {@code start-up} of {@code node_lock}: a transaction of a connection of its own selects it for
 * update and ends after the last listener. Two nodes started at once on one database therefore do that work one
 * after the other, and the second finds the users and the seed there. Readiness turns UP only after the listeners,
 * so the balancer sends no request to a node still waiting here. A node that dies while holding the lock drops its
 * connection, which frees the row.
 */
@Component
class StartUpLock {

    private static final Logger LOG = LoggerFactory.getLogger(StartUpLock.class);

    private final DataSource dataSource;
    private @Nullable Connection held;

    StartUpLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public synchronized void take() throws SQLException {
        long started = System.nanoTime();
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(
                    "select name from node_lock where name = 'start-up' for update")) {
                select.executeQuery().close();
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        held = connection;
        long waited = (System.nanoTime() - started) / 1_000_000;
        if (waited > 1000) {
            LOG.info("Waited {} ms for another node's start-up work", waited);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public synchronized void release() throws SQLException {
        Connection connection = held;
        held = null;
        if (connection != null) {
            try (connection) {
                connection.commit();
            }
        }
    }
}
