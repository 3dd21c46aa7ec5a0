package org.perfgoals.base.ops;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets each H2 connection keep the statements it parsed: H2 keeps {@code QUERY_CACHE_SIZE} (8) parsed statements
 * per session, far fewer than the distinct statements a pooled connection runs, so almost every statement was
 * tokenized, parsed and planned again (about a tenth of the CPU of the REST load test). 256 is set in the URL of
 * an H2 pool unless the URL names a size of its own; PostgreSQL is left as it is. The setting counts when the
 * database is opened, so the pool's URL is changed before its first connection.
 */
@Component
class H2QueryCache implements BeanPostProcessor {

    static final String SETTING = "QUERY_CACHE_SIZE";
    static final int SIZE = 256;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            pool.setJdbcUrl(withCache(pool.getJdbcUrl()));
        }
        return bean;
    }

    static String withCache(String url) {
        if (url == null || !url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains(";" + SETTING + "=")) {
            return url;
        }
        return url + ";" + SETTING + "=" + SIZE;
    }
}
