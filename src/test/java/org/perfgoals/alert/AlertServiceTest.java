package org.perfgoals.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** The alerts as the alert centre, the project pages and the REST API read them, and what acting on one returns. */
class AlertServiceTest extends SignedInTest {

    private static final String HOTLINE_UNIT = "上海市人力资源和社会保障局咨询服务中心";

    @Autowired
    private AlertService alerts;
    @Autowired
    private ProjectService projects;
    /** The hotline's active alert of this type about the subject in the quarter ending in {@code month}. */
    private AlertRecord hotlineAlert(AlertType type, String subject, int month) {
        return as("leader", () -> alerts.list(new AlertFilter(null, type, null, SeedProjects.hotline(projects), null,
                month, true), Pageable.unpaged())).stream().filter(alert -> subject.equals(alert.subjectName()))
                .findFirst().orElseThrow();
    }

    @Test
    void the_demo_data_raised_the_hotlines_missed_connection_rate_in_the_second_quarter() {
        AlertRecord missed = hotlineAlert(AlertType.TARGET_MISSED, "综合接通率", 6);
        assertThat(missed.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(missed.projectName()).isEqualTo(SeedProjects.HOTLINE);
        assertThat(missed.unit()).isEqualTo(HOTLINE_UNIT);
        assertThat(missed.indicatorId()).isNotNull();
        assertThat(missed.year()).isEqualTo(2019);
        assertThat(missed.month()).isEqualTo(6);
        assertThat(missed.quarter()).isEqualTo(2);
        assertThat(missed.targetText()).isEqualTo("≥80.00%");
        assertThat(missed.actualText()).isEqualTo("76.5 %");
        assertThat(missed.demo()).isTrue();
        assertThat(missed.events()).extracting(AlertEventRecord::action).containsExactly(AlertAction.RAISED);
        assertThat(missed.events()).extracting(AlertEventRecord::actor).containsExactly("system");
        assertThat(as("leader", () -> alerts.get(missed.id()))).contains(missed);
    }

    @Test
    void the_overdue_check_leaves_ten_active_alerts_for_the_third_and_fourth_quarter_of_five_projects() {
        AlertFilter overdue = new AlertFilter(null, AlertType.DATA_OVERDUE, null, null, null, null, true);
        List<AlertRecord> page = as("admin", () -> alerts.list(overdue, PageRequest.of(0, 50,
                Sort.by(Sort.Order.asc("month"), Sort.Order.asc("id")))));
        assertThat(page).hasSize(10);
        assertThat(page).extracting(AlertRecord::quarter).containsExactly(3, 3, 3, 3, 3, 4, 4, 4, 4, 4);
        assertThat(page).extracting(AlertRecord::projectName).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(SeedProjects.ALL.stream(), SeedProjects.ALL.stream()).toList());
        assertThat(as("admin", () -> alerts.count(overdue))).isEqualTo(10);
    }

    @Test
    void a_manager_counts_only_the_active_alerts_of_their_unit() {
        long ofTheUnit = as("admin", () -> alerts.count(new AlertFilter(null, null, HOTLINE_UNIT, null, null, null,
                true)));
        long all = as("admin", () -> alerts.count(new AlertFilter(null, null, null, null, null, null, true)));
        assertThat(ofTheUnit).isLessThan(all);
        assertThat(as("manager", alerts::countActiveForCurrentUser)).isEqualTo(ofTheUnit);
        assertThat(as("leader", alerts::countActiveForCurrentUser)).isEqualTo(all);
    }

    @Test
    void acknowledging_and_resolving_return_the_alert_with_its_whole_history() {
        AlertRecord atRisk = hotlineAlert(AlertType.TARGET_AT_RISK, "招聘人员完成率", 6);
        AlertRecord acknowledged = as("manager", () -> alerts.acknowledge(atRisk.id(), "已安排专场招聘"));
        assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(acknowledged.events()).extracting(AlertEventRecord::action)
                .containsExactly(AlertAction.RAISED, AlertAction.ACKNOWLEDGED);

        AlertRecord resolved = as("manager", () -> alerts.resolve(atRisk.id(), "三季度招聘完成"));
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.events()).extracting(AlertEventRecord::action)
                .containsExactly(AlertAction.RAISED, AlertAction.ACKNOWLEDGED, AlertAction.RESOLVED);
        assertThat(resolved.events()).extracting(AlertEventRecord::actor)
                .containsExactly("system", "manager", "manager");
        assertThat(resolved.events()).extracting(AlertEventRecord::comment)
                .containsExactly(null, "已安排专场招聘", "三季度招聘完成");
        AlertRecord read = as("leader", () -> alerts.get(atRisk.id())).orElseThrow();
        assertThat(read.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(read.events()).extracting(AlertEventRecord::comment)
                .containsExactly(null, "已安排专场招聘", "三季度招聘完成");
    }

    @Test
    void a_leader_may_not_acknowledge_and_the_alert_stays_as_it_was() {
        AlertRecord missed = hotlineAlert(AlertType.TARGET_MISSED, "综合接通率", 6);
        assertThatThrownBy(() -> as("leader", () -> alerts.acknowledge(missed.id(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("leader", () -> alerts.get(missed.id()))).contains(missed);
    }

    @Test
    void an_unknown_alert_is_not_found() {
        assertThat(as("leader", () -> alerts.get(987654))).isEmpty();
        assertThatThrownBy(() -> as("manager", () -> alerts.resolve(987654, "x")))
                .isInstanceOf(AlertNotFoundException.class);
    }

    @Test
    void the_record_names_a_quarter_only_for_a_period_that_ends_one() {
        AlertRecord missed = hotlineAlert(AlertType.TARGET_MISSED, "综合接通率", 6);
        AlertRecord ofMay = new AlertRecord(missed.id(), missed.type(), missed.status(), missed.projectId(),
                missed.projectName(), missed.unit(), missed.indicatorId(), missed.subjectName(), 2019, 5,
                missed.targetText(), missed.actualText(), missed.raisedAt(), missed.updatedAt(), false, List.of());
        assertThat(ofMay.quarter()).isNull();
        assertThat(missed.quarter()).isEqualTo(2);
    }
}
