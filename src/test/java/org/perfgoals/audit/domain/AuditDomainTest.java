package org.perfgoals.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The audit log's plain rules: details as JSON, subjects, texts cut to their columns, the search's filter. */
class AuditDomainTest {

    @Test
    void details_are_a_flat_json_object_of_names_and_values() {
        Map<String, Object> points = new LinkedHashMap<>();
        points.put("产出目标", new BigDecimal("40.00"));
        points.put("效益目标", 60);
        assertThat(AuditDetails.json("scheme", "custom", "points", points, "roles", List.of("ADMIN", "STAFF"),
                "unit", null, "demo", true)).isEqualTo("{\"scheme\":\"custom\",\"points\":{\"产出目标\":40,"
                + "\"效益目标\":60},\"roles\":[\"ADMIN\",\"STAFF\"],\"unit\":null,\"demo\":true}");
    }

    @Test
    void details_escape_what_json_must() {
        assertThat(AuditDetails.json("text", "a \"b\" \\ c\nd\u0001")).isEqualTo(
                "{\"text\":\"a \\\"b\\\" \\\\ c\\nd\\u0001\"}");
    }

    @Test
    void subjects_name_the_id_and_the_name() {
        assertThat(AuditSubject.period(12, "热线", 2019, 9)).isEqualTo("project #12 热线 2019-Q3");
        assertThat(AuditSubject.period(12, "热线", 2019, 7)).isEqualTo("project #12 热线 2019-M07");
        assertThat(AuditSubject.indicator(45, "接通率", 12, "热线")).isEqualTo("indicator #45 接通率 · project #12 热线");
        assertThat(AuditSubject.projects(List.of("A", "B", "C", "D", "E", "F"))).isEqualTo(
                "6 projects: A, B, C, D, E, …");
        assertThat(AuditSubject.projects(List.of("A"))).isEqualTo("1 project: A");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // text        | max | stored
            "abc           | 3   | abc",
            "abcd          | 3   | ab…",
            "' a\tb '      | 10  | a b",
    })
    void texts_are_one_line_and_cut_to_their_column(String text, int max, String stored) {
        assertThat(AuditText.fit(text, max)).isEqualTo(stored);
    }

    @Test
    void a_surrogate_pair_is_not_cut_in_half() {
        assertThat(AuditText.fit("ab\uD842\uDFB7cd", 4)).isEqualTo("ab…");
    }

    @Test
    void the_filter_folds_the_actor_and_takes_the_subject_literally() {
        AuditFilter filter = new AuditFilter(null, " Admin ", null, null, "50%_a\\b");
        assertThat(filter.actor()).isEqualTo("admin");
        assertThat(filter.subjectPattern()).isEqualTo("%50\\%\\_a\\\\b%");
        assertThat(AuditFilter.all().subjectPattern()).isEqualTo("%");
        assertThat(new AuditFilter(null, " ", null, null, "").actor()).isNull();
    }

    @Test
    void a_period_that_ends_before_it_begins_is_refused_naming_to() {
        assertThatThrownBy(() -> new AuditFilter(null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1),
                null)).isInstanceOfSatisfying(AuditFilterException.class, refused -> {
                    assertThat(refused.getParameter()).isEqualTo("to");
                    assertThat(refused.getCode()).isEqualTo("toBeforeFrom");
                });
    }
}
