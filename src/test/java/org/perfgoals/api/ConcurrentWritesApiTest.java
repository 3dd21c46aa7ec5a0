package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.monitoring.store.PeriodReport;
import org.perfgoals.monitoring.store.PeriodReportRepository;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.store.ValueChangeRepository;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many feeds writing one indicator's quarter at once (issue 8: 53 optimistic-lock failures and a unique-key
 * violation came back as 500): every answer is 200 or 409, the quarter has one report, the stored value is one of
 * those sent and the history has an entry per accepted change. Writes go to Q4 of 委托服务经费 and 来华工作许可,
 * which no other test asserts, and are cleared again.
 */
class ConcurrentWritesApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WRITERS = 60;
    @Autowired
    private PeriodReportRepository reports;
    @Autowired
    private ValueChangeRepository changes;

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return api().call(method, path, "admin", body);
    }

    private long projectId(String query) throws Exception {
        return JSON.readTree(call("GET", "/api/v1/projects?q=" + query, null).body()).get(0).path("id").asLong();
    }

    /** A quantitative indicator of the project that is entered, not derived. */
    private long quantitative(long project) throws Exception {
        JsonNode sheet = JSON.readTree(call("GET", "/api/v1/projects/" + project + "/monitoring/2019/4", null).body());
        for (JsonNode row : sheet.path("rows")) {
            if ("QUANTITATIVE".equals(row.path("target").path("kind").asString()) && !row.path("derived").asBoolean()
                    && "%".equals(row.path("target").path("unit").asString())) {
                return row.path("indicatorId").asLong();
            }
        }
        throw new AssertionError("no quantitative indicator in project " + project);
    }

    @Test
    void parallel_writers_of_a_quarter_never_reported_get_200_or_409_and_one_report() throws Exception {
        long project = projectId(SeedProjects.COMMISSIONED);
        assertThat(reportsOfQ4(project)).as("the race is about creating the quarter's report").isEmpty();
        writeInParallel(project);
    }

    @Test
    void parallel_writers_of_a_reported_quarter_get_200_or_409() throws Exception {
        long project = projectId(SeedProjects.WORK_PERMITS_Q);
        long indicator = quantitative(project);
        assertThat(call("PUT", "/api/v1/indicators/" + indicator + "/actuals/2019/4", "{\"value\": 1}").statusCode())
                .isEqualTo(200);
        writeInParallel(project);
    }

    private void writeInParallel(long project) throws Exception {
        long indicator = quantitative(project);
        String path = "/api/v1/indicators/" + indicator + "/actuals/2019/4";
        long historyBefore = valueChanges(indicator);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            for (int i = 0; i < WRITERS; i++) {
                // Distinct values: each accepted write is a change the history must show.
                String value = new BigDecimal("10.5").add(BigDecimal.valueOf(i)).toPlainString();
                sent.add(value);
                answers.add(pool.submit(() -> call("PUT", path, "{\"value\": " + value + "}")));
            }
            int accepted = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
                if (response.statusCode() == 200) {
                    accepted++;
                } else {
                    assertThat(JSON.readTree(response.body()).path("error").asString()).isNotBlank();
                }
            }
            assertThat(accepted).isPositive();
            assertThat(reportsOfQ4(project)).hasSize(1);
            JsonNode sheet = JSON.readTree(call("GET", "/api/v1/projects/" + project + "/monitoring/2019/4", null)
                    .body());
            JsonNode row = java.util.stream.StreamSupport.stream(sheet.path("rows").spliterator(), false)
                    .filter(r -> r.path("indicatorId").asLong() == indicator).findFirst().orElseThrow();
            assertThat(row.path("actual").path("value").decimalValue().toPlainString()).isIn(sent);
            assertThat(valueChanges(indicator) - historyBefore).isEqualTo(accepted);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            call("DELETE", path, null);
        }
    }

    private List<PeriodReport> reportsOfQ4(long project) {
        return reports.findByProjectIdAndYear(project, 2019).stream()
                .filter(report -> report.getPeriod().endMonth() == 12).toList();
    }

    private long valueChanges(long indicator) {
        return changes.findBySubjectTypeAndSubjectIdAndYearAndMonthOrderByIdDesc(ChangeSubject.INDICATOR,
                indicator, 2019, 12).stream().filter(change -> change.getField().equals("value")).count();
    }
}
