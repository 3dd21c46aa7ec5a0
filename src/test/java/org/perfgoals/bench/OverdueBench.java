package org.perfgoals.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.perfgoals.SignedInTest;
import org.perfgoals.monitoring.OverdueService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overdue check at 100,000 projects ({@code -Dbench.overdue.projects=N}): run with
 * {@code ./mvnw -B -Pbench verify -Dit.test=OverdueBench} (not part of the normal tests). The projects are written
 * straight into the tests' in-memory H2 (a year of their own, 2018, all four quarters past; Q1 submitted for every
 * other project), then the check runs three times: the first opens every DATA_OVERDUE, the second finds nothing new,
 * the third closes the alerts of 10 % of the projects whose Q2 was submitted meanwhile. Ends with one BENCH line,
 * with the heap used after a GC.
 */
class OverdueBench extends SignedInTest {

    private static final int PROJECTS = Integer.getInteger("bench.overdue.projects", 100_000);
    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);

    @Autowired
    private OverdueService overdue;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void theOverdueCheckOverAHundredThousandProjects() {
        String unit = jdbc.sql("select name from unit where parent_id is not null order by id").query(String.class)
                .list().getFirst();
        BenchData.insertProjects(jdbc, false, PROJECTS, 2018, List.of(unit));
        BenchData.submit(jdbc, 2018, 3, "mod(id, 2) = 0");
        loginAs("admin");
        long baseline = BenchData.heapMb();

        int[] overdueCounts = new int[3];
        long raise = BenchData.millis(() -> overdueCounts[0] = overdue.checkOverdue(TODAY));
        long again = BenchData.millis(() -> overdueCounts[1] = overdue.checkOverdue(TODAY));
        BenchData.submit(jdbc, 2018, 6, "mod(id, 10) = 1");
        long resolve = BenchData.millis(() -> overdueCounts[2] = overdue.checkOverdue(TODAY));
        long alerts = jdbc.sql("select count(*) from alert where alert_type = 'DATA_OVERDUE' and status <> 'RESOLVED'"
                + " and period_year = 2018").query(Long.class).single();
        System.out.printf(Locale.ROOT, "BENCH overdue_projects=%d overdue100k_ms=%d overdue_again_ms=%d"
                        + " overdue_resolve_ms=%d overdue_periods=%d/%d/%d active_alerts_2018=%d heap_delta_mb=%d%n",
                PROJECTS, raise, again, resolve, overdueCounts[0], overdueCounts[1], overdueCounts[2], alerts,
                BenchData.heapMb() - baseline);
    }
}
