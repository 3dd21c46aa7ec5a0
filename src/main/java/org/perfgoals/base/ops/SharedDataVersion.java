package org.perfgoals.base.ops;

import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.base.DataVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The {@link DataVersion} in the database (table {@code data_version}, Flyway V10), shared by every node: bumped in
 * a statement of its own once a change committed, read with one primary-key query. A node that dies between its
 * commit and the bump leaves the others serving their cached overview until its expiry (10 minutes) or the next
 * change anywhere; nothing is lost, the figures are only late.
 */
@Component
class SharedDataVersion implements DataVersion {

    private final JdbcClient jdbc;

    SharedDataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long current() {
        return jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void dataChanged(DataChangedEvent event) {
        jdbc.sql("update data_version set version = version + 1 where id = 1").update();
    }
}
