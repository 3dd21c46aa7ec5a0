package org.perfgoals.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTest {

    @Test
    void severity_orders_the_colours_from_red_down_to_green() {
        List<Status> bySeverity = Arrays.stream(Status.values())
                .sorted(Comparator.comparingInt(Status::severity).reversed()).toList();

        assertThat(bySeverity).containsExactly(Status.RED, Status.YELLOW, Status.NO_DATA, Status.NEEDS_ASSESSMENT,
                Status.BLUE, Status.GREEN);
        assertThat(Arrays.stream(Status.values()).map(Status::severity).distinct()).hasSize(6);
    }

    @ParameterizedTest(name = "worst of [{0}] is {1}")
    @CsvSource({
            "GREEN, GREEN",
            "GREEN BLUE, BLUE",
            "BLUE NEEDS_ASSESSMENT GREEN, NEEDS_ASSESSMENT",
            "NEEDS_ASSESSMENT NO_DATA, NO_DATA",
            "NO_DATA YELLOW GREEN, YELLOW",
            "YELLOW RED, RED",
            "RED GREEN BLUE NO_DATA NEEDS_ASSESSMENT YELLOW, RED",
            "GREEN GREEN GREEN, GREEN",
            "BLUE BLUE, BLUE",
    })
    void the_worst_status_is_the_most_severe_one(String statuses, Status worst) {
        List<Status> list = Arrays.stream(statuses.split(" ")).map(Status::valueOf).toList();

        assertThat(Status.worst(list)).isEqualTo(worst);
        assertThat(Status.worst(list.reversed())).isEqualTo(worst);
        assertThat(ProjectStatus.of(list)).isEqualTo(worst);
    }

    @Test
    void nothing_to_judge_has_no_data() {
        assertThat(Status.worst(List.of())).isEqualTo(Status.NO_DATA);
        assertThat(ProjectStatus.of(Set.of())).isEqualTo(Status.NO_DATA);
    }

    @Test
    void a_row_never_evaluated_counts_as_no_data() {
        assertThat(Status.worst(Arrays.asList(Status.GREEN, null))).isEqualTo(Status.NO_DATA);
        assertThat(Status.worst(Arrays.asList(Status.RED, null))).isEqualTo(Status.RED);
    }

    @Test
    void a_missing_collection_is_a_programming_error() {
        assertThatThrownBy(() -> Status.worst(null)).isInstanceOf(NullPointerException.class);
    }
}
