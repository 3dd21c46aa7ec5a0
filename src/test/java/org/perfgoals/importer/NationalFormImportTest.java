package org.perfgoals.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.perfgoals.SignedInTest;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.project.BudgetItemRecord;
import org.perfgoals.project.ProjectDetails;
import org.perfgoals.project.ProjectQueries;
import org.springframework.beans.factory.annotation.Autowired;

/** The national-family fixture imported and stored: the project as the query service reads it back. */
class NationalFormImportTest extends SignedInTest {

    @Autowired
    private ImportService imports;
    @Autowired
    private ProjectQueries projects;

    private static byte[] fixture() throws IOException {
        try (InputStream in = NationalFormImportTest.class.getResourceAsStream("/forms/national-family.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_national_form_is_stored_as_a_project_field_by_field_with_its_typed_targets() throws IOException {
        loginAs("admin");
        ImportResult result = imports.importFile(fixture(), false);
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();

        ProjectDetails first = projects.details(result.projects().getFirst().getId()).orElseThrow();

        assertThat(first.year()).isEqualTo(2026);
        assertThat(first.unit()).isEqualTo("上海市社会保障卡服务中心");
        assertThat(first.name()).isEqualTo("社会保障卡服务网点运行维护");
        assertThat(first.projectType()).isEqualTo("延续项目");
        assertThat(first.fundUse()).isNull();
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(first.totalBudget()).isEqualByComparingTo("1505000");
        assertThat(first.currentYearBudget()).isEqualByComparingTo("1505000");
        assertThat(first.budgetItems()).extracting(BudgetItemRecord::name).containsExactly("财政拨款", "其他资金");
        assertThat(first.budgetItems()).extracting(BudgetItemRecord::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1205000"), new BigDecimal("300000"));
        assertThat(first.indicators()).extracting(IndicatorRecord::name, IndicatorRecord::targetText,
                        r -> summary(r.target()))
                .containsExactly(
                        tuple("服务网点数量", "≥300个", "GE 300 个"),
                        tuple("系统可用率", "≥99.5%", "GE 99.5 %"),
                        tuple("故障响应时间", "≤30分钟", "LE 30 分钟"),
                        tuple("单个网点运维成本", "≤0.5万元", "LE 5000 元"),
                        tuple("重大安全事故", "=0起", "LE 0 起"),
                        tuple("运维制度健全性", "健全", "QUALITATIVE 健全"),
                        tuple("持卡人满意度", "≥95%", "GE 95 %"));

        ProjectDetails second = projects.details(result.projects().get(1).getId()).orElseThrow();

        assertThat(second.unit()).isEqualTo("上海市就业促进中心");
        assertThat(second.projectType()).isEqualTo("新增项目");
        assertThat(second.indicators()).extracting(IndicatorRecord::targetText, r -> r.target().kind().name())
                .containsExactly(tuple("10000人次", "QUANTITATIVE"), tuple("90%（含）以上", "QUANTITATIVE"),
                        tuple("100%", "QUANTITATIVE"), tuple("60%-70%", "COMPOUND"), tuple("零投诉", "QUANTITATIVE"),
                        tuple("不低于95%", "QUANTITATIVE"), tuple("是", "QUALITATIVE"));
        assertThat(summary(second.indicators().get(4).target())).isEqualTo("LE 0 次");
        assertThat(summary(second.indicators().get(6).target())).isEqualTo("QUALITATIVE 是");
        assertThat(((Target.Compound) second.indicators().get(3).target()).isRange()).isTrue();
    }

    /** The stored value has the column's scale (300.000000): compared without trailing zeros. */
    private static String summary(Target target) {
        return switch (target) {
            case Target.Quantitative q -> q.comparator() + " " + q.value().stripTrailingZeros().toPlainString()
                    + " " + q.unit();
            case Target.Qualitative q -> "QUALITATIVE " + q.expected();
            default -> target.kind().name();
        };
    }
}
