package org.perfgoals.base.ops;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs marked {@code @SchedulerLock} run on one node at a time however many nodes share the database: the lock is a
 * row of the table {@code shedlock} (Flyway V9), taken with the database's clock. A call of a locked method while
 * another node holds the lock is skipped, not queued. {@code PROXY_METHOD} locks every call of the method, so the
 * start-up run of a job is locked as well as its scheduled runs.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "30m", interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD)
class SchedulerLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
