package org.perfgoals.bench;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link AlertListBench} on the PostgreSQL server {@code PERFGOALS_TEST_POSTGRES_URL} names ({@code .ci/postgres.sh
 * start}; its own database there is cleaned and migrated first); skipped without it.
 */
@EnabledIfEnvironmentVariable(named = "PERFGOALS_TEST_POSTGRES_URL", matches = ".+")
@TestPropertySource(properties = {
    "spring.datasource.url=${PERFGOALS_TEST_POSTGRES_URL}",
    "spring.datasource.username=perfgoals",
    "spring.datasource.password="})
class AlertListPostgresBench extends AlertListBench {
}
