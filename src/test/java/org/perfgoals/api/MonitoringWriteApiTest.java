package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgoals.SeedProjects;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.QuarterReviewService;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.store.ValueChange;
import org.perfgoals.monitoring.store.ValueChangeRepository;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write endpoints of monitoring, weights and alerts against bad bodies (issue 8): every refusal is a 400 naming
 * the field (never a 500, never a silent clear, nothing stored), who may write is decided before the body is read,
 * and only the project's own quarters are accepted.
 *
 * <p>Writes go to Q4 of the 来华工作许可 project (人才服务中心), which no other test asserts; what is stored is
 * cleared again.
 */
class MonitoringWriteApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LONG_4001 = "长".repeat(4001);
    /** The unit of the demo users staff and manager. */
    private static final String STAFF_UNIT = "上海市人力资源和社会保障局咨询服务中心";
    @Autowired
    private ValueChangeRepository changes;
    @Autowired
    private QuarterEntryService monitoring;
    @Autowired
    private QuarterReviewService review;

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        return api().call(method, path, user, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private long projectId(String query) throws Exception {
        return json(call("GET", "/api/v1/projects?q=" + query, "admin", null)).get(0).path("id").asLong();
    }

    private JsonNode sheet(String query) throws Exception {
        return json(call("GET", "/api/v1/projects/" + projectId(query) + "/monitoring/2019/4", "admin", null));
    }

    /** The first row of the kind that is entered (not derived) in the 来华 project, or in any project. */
    private JsonNode rowOfKind(String kind) throws Exception {
        for (String project : List.of(SeedProjects.WORK_PERMITS_Q, SeedProjects.HOTLINE_Q,
                SeedProjects.SOCIAL_INSURANCE_Q, SeedProjects.COMMISSIONED_Q, SeedProjects.TRAINING_Q)) {
            for (JsonNode row : sheet(project).path("rows")) {
                if (kind.equals(row.path("target").path("kind").asString()) && !row.path("derived").asBoolean()) {
                    return row;
                }
            }
        }
        throw new AssertionError("no indicator of kind " + kind);
    }

    private String actualPath(long indicatorId) {
        return "/api/v1/indicators/" + indicatorId + "/actuals/2019/4";
    }

    private JsonNode storedActual(long indicatorId) throws Exception {
        JsonNode sheet = json(call("GET", "/api/v1/projects/" + projectOf(indicatorId) + "/monitoring/2019/4", "admin",
                null));
        return StreamSupport.stream(sheet.path("rows").spliterator(), false)
                .filter(row -> row.path("indicatorId").asLong() == indicatorId).findFirst().orElseThrow()
                .path("actual");
    }

    private long projectOf(long indicatorId) throws Exception {
        for (JsonNode project : json(call("GET", "/api/v1/projects", "admin", null))) {
            JsonNode sheet = json(call("GET", "/api/v1/projects/" + project.path("id").asLong()
                    + "/monitoring/2019/4", "admin", null));
            for (JsonNode row : sheet.path("rows")) {
                if (row.path("indicatorId").asLong() == indicatorId) {
                    return project.path("id").asLong();
                }
            }
        }
        throw new AssertionError("no project of indicator " + indicatorId);
    }

    private long quantitative() throws Exception {
        return rowOfKind("QUANTITATIVE").path("indicatorId").asLong();
    }

    private long budgetItem() throws Exception {
        return sheet(SeedProjects.WORK_PERMITS_Q).path("budgetItems").get(0).path("budgetItemId").asLong();
    }

    /** The refusal: 400, one error naming the field and its code, with a translated message. */
    private static void assertRefused(HttpResponse<String> response, String field, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = json(response).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("code").asString()).isEqualTo(code);
        assertThat(error.path("message").asString()).isNotBlank().doesNotStartWith("!");
    }

    static Stream<Arguments> badValueBodies() {
        return Stream.of(
                Arguments.of("{\"value\": {}}", "value", "wrongType.number"),
                Arguments.of("{\"value\": [1, 2]}", "value", "wrongType.number"),
                Arguments.of("{\"value\": true}", "value", "wrongType.number"),
                Arguments.of("{\"value\": 1e309}", "value", "numberTooLarge"),
                Arguments.of("{\"value\": -1e309}", "value", "numberTooLarge"),
                Arguments.of("{\"value\": 1e-309}", "value", "numberTooPrecise"),
                Arguments.of("{\"value\": 50.1234567}", "value", "actual.tooPrecise"),
                Arguments.of("{\"value\": 50, \"deviationText\": \"" + LONG_4001 + "\"}", "deviationText",
                        "text.tooLong"),
                Arguments.of("{\"value\": 50, \"measures\": \"" + LONG_4001 + "\"}", "measures", "text.tooLong"),
                Arguments.of("{\"value\": 50, \"expectedFullYear\": \"" + "9".repeat(201) + "\"}",
                        "expectedFullYear", "text.tooLong"),
                Arguments.of("{\"value\": 50, \"measures\": 5}", "measures", "wrongType.text"),
                Arguments.of("{\"value\": 50, \"likelihood\": []}", "likelihood", "wrongType.text"),
                Arguments.of("{\"value\": 50, \"done\": \"yes\"}", "done", "fieldNotAllowed"),
                Arguments.of("{\"value\": 50, \"foo\": 1}", "foo", "unknownField"));
    }

    @ParameterizedTest
    @MethodSource("badValueBodies")
    void a_bad_actual_body_is_a_400_naming_the_field_and_nothing_is_stored(String body, String field, String code)
            throws Exception {
        long indicator = quantitative();
        JsonNode before = storedActual(indicator);
        assertRefused(call("PUT", actualPath(indicator), "admin", body), "indicator:" + indicator + "." + field,
                code);
        assertThat(storedActual(indicator)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"x\"", "5", "null", "{}", "{\"parts\": \"x\"}", "{\"deviationCause\": \"STAFF\"}",
            "", "{", "{\"value\": 5} x", "{\"value\": 5, \"value\": 6}"})
    void a_body_without_its_value_never_clears_the_stored_one(String body) throws Exception {
        long indicator = quantitative();
        assertThat(call("PUT", actualPath(indicator), "admin", "{\"value\": 55}").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = call("PUT", actualPath(indicator), "admin", body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).path("errors").get(0).path("message").asString()).isNotBlank();
        assertThat(storedActual(indicator).path("value").decimalValue()).isEqualByComparingTo("55");
        assertThat(call("DELETE", actualPath(indicator), "admin", null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_that_is_not_an_object_or_lacks_the_value_is_named_so() throws Exception {
        long indicator = quantitative();
        assertRefused(call("PUT", actualPath(indicator), "admin", "[]"), "body", "notObject");
        assertRefused(call("PUT", actualPath(indicator), "admin", "{\"value\": 1"), "body", "malformed");
        HttpResponse<String> missing = call("PUT", actualPath(indicator), "admin", "{\"measures\": \"x\"}");
        assertRefused(missing, "indicator:" + indicator + ".value", "missingField");
        assertThat(json(missing).path("errors").get(0).path("message").asString()).contains("value").contains("定量");
    }

    @Test
    void a_compound_indicator_takes_parts_as_an_object_and_nothing_else() throws Exception {
        long indicator = rowOfKind("COMPOUND").path("indicatorId").asLong();
        JsonNode before = storedActual(indicator);
        assertRefused(call("PUT", actualPath(indicator), "admin", "{\"parts\": \"x\"}"),
                "indicator:" + indicator + ".parts", "wrongType.object");
        assertRefused(call("PUT", actualPath(indicator), "admin", "{\"parts\": [1, 2]}"),
                "indicator:" + indicator + ".parts", "wrongType.object");
        assertRefused(call("PUT", actualPath(indicator), "admin", "{\"value\": 5}"),
                "indicator:" + indicator + ".parts", "missingField");
        assertRefused(call("PUT", actualPath(indicator), "admin", "{\"parts\": {}, \"value\": 5}"),
                "indicator:" + indicator + ".value", "fieldNotAllowed");
        assertRefused(call("PUT", actualPath(indicator), "admin", "{\"parts\": {\"x\": {}}}"),
                "indicator:" + indicator + ".parts:x", "wrongType.number");
        assertThat(storedActual(indicator)).isEqualTo(before);
    }

    @Test
    void a_qualitative_indicator_refuses_a_value_and_a_date() throws Exception {
        long indicator = rowOfKind("QUALITATIVE").path("indicatorId").asLong();
        JsonNode before = storedActual(indicator);
        assertRefused(call("PUT", actualPath(indicator), "admin", "{\"value\": 5}"),
                "indicator:" + indicator + ".assessment", "missingField");
        assertRefused(call("PUT", actualPath(indicator), "admin", "{\"assessment\": \"MET\", \"value\": 5}"),
                "indicator:" + indicator + ".value", "fieldNotAllowed");
        assertRefused(call("PUT", actualPath(indicator), "admin",
                "{\"assessment\": \"MET\", \"doneOn\": \"2030-01-01\"}"), "indicator:" + indicator + ".doneOn",
                "fieldNotAllowed");
        assertThat(storedActual(indicator)).isEqualTo(before);
    }

    @Test
    void clearing_is_explicit_and_kept_in_the_history() throws Exception {
        long indicator = quantitative();
        assertThat(call("PUT", actualPath(indicator), "admin", "{\"value\": 61}").statusCode()).isEqualTo(200);
        HttpResponse<String> cleared = call("PUT", actualPath(indicator), "admin", "{\"value\": null}");
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(json(cleared).path("value").isNull()).isTrue();
        assertThat(lastValueChange(indicator).getOldValue()).isEqualTo("61");
        assertThat(lastValueChange(indicator).getNewValue()).isNull();

        assertThat(call("PUT", actualPath(indicator), "admin", "{\"value\": 62}").statusCode()).isEqualTo(200);
        HttpResponse<String> deleted = call("DELETE", actualPath(indicator), "admin", null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(storedActual(indicator).path("value").isNull()).isTrue();
        assertThat(lastValueChange(indicator).getOldValue()).isEqualTo("62");
        assertThat(lastValueChange(indicator).getNewValue()).isNull();
    }

    private ValueChange lastValueChange(long indicator) {
        return changes.findBySubjectTypeAndSubjectIdAndYearAndMonthOrderByIdDesc(ChangeSubject.INDICATOR,
                indicator, 2019, 12).stream().filter(change -> change.getField().equals("value")).findFirst()
                .orElseThrow();
    }

    static Stream<Arguments> badBudgetBodies() {
        return Stream.of(
                Arguments.of("{}", "amount", "amountRequired"),
                Arguments.of("{\"amount\": null}", "amount", "amountRequired"),
                Arguments.of("{\"amount\": \" \"}", "amount", "amountRequired"),
                Arguments.of("{\"amount\": {}}", "amount", "wrongType.number"),
                Arguments.of("{\"amount\": 1e309}", "amount", "numberTooLarge"),
                Arguments.of("{\"amount\": 5.555}", "amount", "actual.tooPrecise"),
                Arguments.of("{\"amount\": 5, \"overBudgetReason\": \"" + LONG_4001 + "\"}", "overBudgetReason",
                        "text.tooLong"),
                Arguments.of("{\"amount\": 5, \"note\": 1}", "note", "unknownField"));
    }

    @ParameterizedTest
    @MethodSource("badBudgetBodies")
    void a_bad_budget_body_is_a_400_and_the_spending_is_kept(String body, String field, String code)
            throws Exception {
        long item = budgetItem();
        String path = "/api/v1/budget-items/" + item + "/execution/2019/4";
        assertThat(call("PUT", path, "admin", "{\"amount\": 1000}").statusCode()).isEqualTo(200);
        assertRefused(call("PUT", path, "admin", body), "budget:" + item + "." + field, code);
        assertThat(spentInQ4(item)).isEqualByComparingTo("1000");
        assertThat(call("DELETE", path, "admin", null).statusCode()).isEqualTo(200);
        assertThat(spentInQ4(item)).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "\"x\""})
    void a_budget_body_that_is_no_object_is_refused(String body) throws Exception {
        assertRefused(call("PUT", "/api/v1/budget-items/" + budgetItem() + "/execution/2019/4", "admin", body),
                "body", "notObject");
    }

    private java.math.BigDecimal spentInQ4(long item) throws Exception {
        return StreamSupport.stream(sheet(SeedProjects.WORK_PERMITS_Q).path("budgetItems").spliterator(), false)
                .filter(row -> row.path("budgetItemId").asLong() == item).findFirst().orElseThrow()
                .path("spentInPeriod").decimalValue();
    }

    static Stream<Arguments> badWeights() {
        return Stream.of(
                Arguments.of("{}", "scheme", "missingField"),
                Arguments.of("{\"scheme\": [\"equal\"]}", "scheme", "wrongType.text"),
                Arguments.of("{\"scheme\": \"custom\", \"level1Points\": {\"产出目标\": 1e309}}", "weights:产出目标",
                        "numberTooLarge"),
                Arguments.of("{\"scheme\": \"custom\", \"level1Points\": [40]}", "level1Points", "wrongType.object"),
                Arguments.of("{\"scheme\": \"equal\", \"points\": 1}", "points", "unknownField"));
    }

    @ParameterizedTest
    @MethodSource("badWeights")
    void bad_weights_are_a_400_and_the_scheme_is_kept(String body, String field, String code) throws Exception {
        long project = projectId(SeedProjects.WORK_PERMITS_Q);
        String scheme = json(call("GET", "/api/v1/projects/" + project + "/weights", "admin", null)).path("scheme")
                .asString();
        assertRefused(call("PUT", "/api/v1/projects/" + project + "/weights", "admin", body), field, code);
        assertThat(json(call("GET", "/api/v1/projects/" + project + "/weights", "admin", null)).path("scheme")
                .asString()).isEqualTo(scheme);
    }

    @Test
    void an_alert_comment_longer_than_the_column_is_a_400_and_the_alert_is_unchanged() throws Exception {
        JsonNode alert = json(call("GET", "/api/v1/alerts?status=OPEN&size=1", "admin", null)).get(0);
        long id = alert.path("id").asLong();
        HttpResponse<String> refused = call("POST", "/api/v1/alerts/" + id + "/acknowledge", "admin",
                "{\"comment\": \"" + LONG_4001 + "\"}");
        assertRefused(refused, "comment", "commentTooLong");
        assertThat(json(refused).path("errors").get(0).path("message").asString()).contains("4000");
        assertRefused(call("POST", "/api/v1/alerts/" + id + "/resolve", "admin", "{\"comment\": 5}"), "comment",
                "wrongType.text");
        assertRefused(call("POST", "/api/v1/alerts/" + id + "/resolve", "admin", "{\"note\": \"x\"}"), "note",
                "unknownField");
        JsonNode after = json(call("GET", "/api/v1/alerts/" + id, "admin", null));
        assertThat(after.path("status").asString()).isEqualTo("OPEN");
        assertThat(after.path("events").size()).isEqualTo(alert.path("events").size());
    }

    // --- who may act is decided before the body is read

    static Stream<Arguments> refusedWriters() {
        return Stream.of(
                Arguments.of("leader", "{\"value\": \"abc\"}"),
                Arguments.of("leader", "{"),
                Arguments.of("leader", "{\"value\": 50, \"likelihood\": \"MAYBE\"}"),
                Arguments.of("staff", "{\"value\": \"abc\"}"),
                Arguments.of("staff", "{"),
                Arguments.of("staff", "{\"value\": 50, \"doneOn\": \"soon\"}"),
                Arguments.of("manager", "[]"));
    }

    @ParameterizedTest
    @MethodSource("refusedWriters")
    void people_who_may_not_write_get_403_or_404_whatever_they_send(String user, String body) throws Exception {
        // Leaders never write (403); to another unit's staff and managers its data is missing (404), as an unknown id.
        int refused = user.equals("leader") ? 403 : 404;
        long indicator = quantitative();
        assertThat(call("PUT", actualPath(indicator), user, body).statusCode()).isEqualTo(refused);
        assertThat(call("PUT", "/api/v1/indicators/" + indicator + "/actuals/2019/9", user, body).statusCode())
                .as("a wrong quarter is not revealed either").isEqualTo(refused);
        assertThat(call("DELETE", actualPath(indicator), user, null).statusCode()).isEqualTo(refused);
        assertThat(call("PUT", "/api/v1/budget-items/" + budgetItem() + "/execution/2019/4", user, body)
                .statusCode()).isEqualTo(refused);
        assertThat(call("PUT", "/api/v1/projects/" + projectId(SeedProjects.WORK_PERMITS_Q) + "/weights", user,
                "{\"scheme\": \"abc\"}")
                .statusCode()).as("staff never change weights").isEqualTo(user.equals("manager") ? 404 : 403);
    }

    @Test
    void a_leader_gets_403_before_the_body_or_the_id_is_read() throws Exception {
        assertThat(call("PUT", "/api/v1/indicators/99999999/actuals/2019/4", "leader", "{").statusCode())
                .isEqualTo(403);
        assertThat(call("PUT", "/api/v1/budget-items/99999999/execution/2019/4", "leader", "{").statusCode())
                .isEqualTo(403);
        assertThat(call("PUT", "/api/v1/projects/99999999/weights", "leader", "{").statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/projects/99999999/weights", "staff", "{").statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/alerts/99999999/acknowledge", "leader", "{").statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/alerts/99999999/resolve", "staff", "{").statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/indicators/99999999/actuals/2019/4", "staff", "{").statusCode())
                .as("staff may write: the unknown indicator is then named").isEqualTo(404);
    }

    @Test
    void alerts_of_another_unit_are_refused_before_their_comment_is_read() throws Exception {
        JsonNode alert = StreamSupport.stream(json(call("GET", "/api/v1/alerts?active=true&size=1000", "admin", null))
                .spliterator(), false).filter(a -> !a.path("department").asString().equals(STAFF_UNIT)).findFirst()
                .orElseThrow();
        long id = alert.path("id").asLong();
        assertThat(call("POST", "/api/v1/alerts/" + id + "/acknowledge", "leader", "{").statusCode()).isEqualTo(403);
        // To another unit's staff and managers the alert is missing, as an unknown id.
        assertThat(call("POST", "/api/v1/alerts/" + id + "/acknowledge", "staff", "{").statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/alerts/" + id + "/acknowledge", "staff",
                "{\"comment\": \"" + LONG_4001 + "\"}").statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/alerts/" + id + "/resolve", "manager", "{").statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/alerts/" + id + "/resolve", "staff", "{").statusCode())
                .as("staff never resolve").isEqualTo(403);
        assertThat(call("POST", "/api/v1/alerts/" + id + "/acknowledge", "admin", "{").statusCode())
                .as("allowed: now the body is read").isEqualTo(400);
    }

    // --- only the project's own quarters

    @ParameterizedTest
    @ValueSource(strings = {"2050/1", "1990/1", "2100/1", "2018/4", "2020/1"})
    void a_quarter_outside_the_projects_year_is_a_400_naming_its_year(String period) throws Exception {
        long indicator = quantitative();
        long project = projectId(SeedProjects.WORK_PERMITS_Q);
        HttpResponse<String> refused = call("PUT", "/api/v1/indicators/" + indicator + "/actuals/" + period, "admin",
                "{\"value\": 5}");
        assertRefused(refused, "year", "periodOutsideProject");
        assertThat(json(refused).path("errors").get(0).path("message").asString()).contains("2019");
        assertRefused(call("PUT", "/api/v1/budget-items/" + budgetItem() + "/execution/" + period, "admin",
                "{\"amount\": 5}"), "year", "periodOutsideProject");
        assertRefused(call("DELETE", "/api/v1/indicators/" + indicator + "/actuals/" + period, "admin", null),
                "year", "periodOutsideProject");
        assertRefused(call("GET", "/api/v1/projects/" + project + "/monitoring/" + period, "admin", null), "year",
                "periodOutsideProject");
        String year = period.substring(0, 4);
        assertThat(json(call("GET", "/api/v1/alerts?projectId=" + project + "&year=" + year, "admin", null)).size())
                .as("no alerts raised for " + year).isZero();
    }

    @Test
    void a_quarter_that_does_not_exist_is_named() throws Exception {
        assertRefused(call("PUT", actualPath(quantitative()).replace("/2019/4", "/2019/5"), "admin", "{\"value\": 5}"),
                "quarter", "periodInvalid");
    }

    // --- the same limits where the entry view's input enters (the service)

    @Test
    void a_year_end_reason_or_review_comment_longer_than_the_column_is_a_field_error() throws Exception {
        long project = projectId(SeedProjects.WORK_PERMITS_Q);
        Period q4 = Period.quarter(2019, 4);
        SystemAuthentication.run(() -> {
            assertThatThrownBy(() -> monitoring.save(project, q4, new SheetInput(List.of(), List.of(), LONG_4001,
                    null), EntryMode.CHECKED)).isInstanceOfSatisfying(MonitoringValidationException.class,
                    refused -> assertThat(refused.getErrors()).extracting(FieldError::path, FieldError::code)
                            .containsExactly(tuple("executionReason", "text.tooLong")));
            assertThatThrownBy(() -> review.returnToStaff(project, q4, LONG_4001))
                    .isInstanceOfSatisfying(MonitoringValidationException.class,
                            refused -> assertThat(refused.getErrors().getFirst().code()).isEqualTo("text.tooLong"));
            assertThatThrownBy(() -> review.approve(project, q4, LONG_4001))
                    .isInstanceOf(MonitoringValidationException.class);
        });
    }
}
