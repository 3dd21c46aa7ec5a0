package org.perfgoals.base.ops;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes every commit to an embedded H2 file database survive the death of the process: H2 writes committed changes
 * to its file from a background thread, up to {@code WRITE_DELAY} (500 ms) later, so a node killed with SIGKILL (or
 * by the out-of-memory killer) lost saves it had already answered 200 to ({@code CrashIT} found it). With
 * {@code SET WRITE_DELAY 0} each commit is written before it returns. Set on every new connection of the pool, Flyway's
 * included, before any work; PostgreSQL, in-memory H2 and an H2 server reached over TCP (its operator's to set) are
 * left as they are. (A power cut is another matter: H2
 * does not sync the file to the disk on each commit; PostgreSQL does.)
 */
@Component
class H2Durability implements BeanPostProcessor {

    static final String NO_WRITE_DELAY = "SET WRITE_DELAY 0";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && isH2File(pool.getJdbcUrl())) {
            pool.setConnectionInitSql(NO_WRITE_DELAY);
        }
        return bean;
    }

    static boolean isH2File(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }
}
