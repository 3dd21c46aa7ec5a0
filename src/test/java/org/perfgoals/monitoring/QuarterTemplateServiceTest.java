package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfgoals.OtherUnit;
import org.perfgoals.SeedProjects;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.base.NotFoundException;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.forecast.Forecast;
import org.perfgoals.monitoring.domain.forecast.ForecastMethod;
import org.perfgoals.monitoring.read.ChangeRecord;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.template.CellProblem;
import org.perfgoals.monitoring.template.FilledTemplate;
import org.perfgoals.monitoring.template.TemplateColumns;
import org.perfgoals.monitoring.template.TemplateRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quarterly actuals filled in Excel: a downloaded template, filled and uploaded, is stored as if typed in the entry
 * view; a refused upload (a wrong cell, a stale template, another unit's project) stores nothing.
 */
class QuarterTemplateServiceTest extends UseCaseTest {

    private static final Period Q3 = Period.quarter(2019, 3);
    private static final Period Q4 = Period.quarter(2019, 4);
    private static final String CONNECTION = "综合接通率";
    private static final String TRAINED = "服务人员培训率";
    private static final String FAULTS = "二级故障";
    private static final String LONG_TERM = "长效管理情况";
    private static final String STAFF_COSTS = "咨询员费用";

    @Autowired
    private QuarterTemplateService templates;
    @Autowired
    private QuarterEntryService entry;

    private FilledTemplate download(long project, Period period) {
        return FilledTemplate.of(templates.projectTemplate(project, period.year(), period.quarter().orElseThrow())
                .content());
    }

    private SheetRow row(PeriodSheet sheet, String name) {
        return sheet.rows().stream().filter(row -> row.indicator().name().equals(name)).findFirst().orElseThrow();
    }

    private List<ChangeRecord> history(long project, Period period, String name) {
        return entry.history(ChangeSubject.INDICATOR, row(entry.sheet(project, period), name).indicator().id(),
                period);
    }

    @Test
    void a_filled_template_is_stored_as_if_typed_in_the_entry_view() {
        loginAs("staff");
        FilledTemplate filled = download(hotline(), Q4)
                .entry(CONNECTION, TemplateColumns.VALUE, 75)
                .entry(CONNECTION, TemplateColumns.CAUSE, "人员保障")
                .entry(CONNECTION, TemplateColumns.CAUSE_TEXT, "=咨询员离职")
                .entry(CONNECTION, TemplateColumns.MEASURES, "增补咨询员 20 名")
                .entry(CONNECTION, TemplateColumns.LIKELIHOOD, "有可能")
                .entry(TRAINED, TemplateColumns.VALUE, "100%")
                .entry(FAULTS, "响应时间", 20)
                .entry(FAULTS, "故障处理时间", 150)
                .entry(LONG_TERM, TemplateColumns.ASSESSMENT, "达成目标")
                .budget(STAFF_COSTS, TemplateColumns.SPENT, 13_000_000);
        PeriodSheet before = entry.sheet(hotline(), Q4);

        TemplateUpload preview = templates.upload(2019, 4, filled.bytes(), true);

        assertThat(preview.dryRun()).isTrue();
        assertThat(preview.projects()).singleElement().satisfies(project -> {
            assertThat(project.projectName()).isEqualTo(SeedProjects.HOTLINE);
            assertThat(project.changes()).extracting(TemplateUpload.CellChange::sheet,
                            TemplateUpload.CellChange::row, TemplateUpload.CellChange::column,
                            TemplateUpload.CellChange::field, TemplateUpload.CellChange::newValue)
                    .contains(tuple(TemplateColumns.ENTRY_SHEET, filled.row(TemplateColumns.ENTRY_SHEET,
                                    CONNECTION), TemplateColumns.VALUE, "value", "75"),
                            tuple(TemplateColumns.ENTRY_SHEET, filled.row(TemplateColumns.ENTRY_SHEET, FAULTS),
                                    "故障处理时间", "part:故障处理时间", "150"),
                            tuple(TemplateColumns.ENTRY_SHEET, filled.row(TemplateColumns.ENTRY_SHEET, LONG_TERM),
                                    TemplateColumns.ASSESSMENT, "assessment", "MET"),
                            tuple(TemplateColumns.BUDGET_SHEET, filled.row(TemplateColumns.BUDGET_SHEET,
                                    STAFF_COSTS), TemplateColumns.SPENT, "amount", "13000000"));
            assertThat(project.changes()).hasSize(10);
        });
        assertThat(entry.sheet(hotline(), Q4)).as("a dry run stores nothing").isEqualTo(before);
        assertThat(history(hotline(), Q4, CONNECTION)).isEmpty();

        TemplateUpload saved = templates.upload(2019, 4, filled.bytes(), false);

        PeriodSheet after = entry.sheet(hotline(), Q4);
        assertThat(saved.projects().getFirst().changes()).isEqualTo(preview.projects().getFirst().changes());
        assertThat(after.report().version()).isEqualTo(before.report().version() + 1);
        assertThat(row(after, CONNECTION).current().numericValue()).isEqualByComparingTo("75");
        assertThat(row(after, CONNECTION).current().deviationCause()).isEqualTo(DeviationCause.STAFF);
        assertThat(row(after, CONNECTION).current().deviationText()).as("a text, never a formula")
                .isEqualTo("=咨询员离职");
        assertThat(row(after, CONNECTION).current().likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(row(after, CONNECTION).current().updatedBy()).isEqualTo("staff");
        assertThat(row(after, FAULTS).current().parts()).containsOnlyKeys("响应时间", "故障处理时间");
        assertThat(after.budget().stream().filter(item -> item.item().name().equals(STAFF_COSTS)).findFirst()
                .orElseThrow().spentInPeriod()).isEqualByComparingTo("13000000");
        // The verdicts are those the entry view shows while typing (its live preview of the same rows).
        for (String name : List.of(CONNECTION, TRAINED, FAULTS, LONG_TERM)) {
            long id = row(after, name).indicator().id();
            ActualEntry typed = new ActualEntry(id, text(row(after, name).current().numericValue()),
                    partsOf(row(after, name)), row(after, name).current().assessment(), null, null,
                    row(after, name).current().deviationCause(), row(after, name).current().deviationText(),
                    row(after, name).current().measures(), row(after, name).current().likelihood(), null);
            assertThat(row(after, name).current().status()).as(name)
                    .isEqualTo(entry.preview(hotline(), Q4, typed).evaluation().status());
        }
        assertThat(List.of(row(after, CONNECTION).current().status(), row(after, TRAINED).current().status(),
                row(after, FAULTS).current().status(), row(after, LONG_TERM).current().status()))
                .containsExactly(Status.RED, Status.GREEN, Status.GREEN, Status.GREEN);
        assertThat(history(hotline(), Q4, CONNECTION)).extracting(ChangeRecord::field, ChangeRecord::oldValue,
                        ChangeRecord::newValue, ChangeRecord::changedBy)
                .containsExactlyInAnyOrder(tuple("value", null, "75", "staff"),
                        tuple("deviationCause", null, "STAFF", "staff"),
                        tuple("deviationText", null, "=咨询员离职", "staff"),
                        tuple("measures", null, "增补咨询员 20 名", "staff"),
                        tuple("likelihood", null, "POSSIBLE", "staff"));

        TemplateUpload again = templates.upload(2019, 4, download(hotline(), Q4).bytes(), false);

        assertThat(again.projects()).as("an unchanged template changes nothing").isEmpty();
        assertThat(entry.sheet(hotline(), Q4).report().version()).isEqualTo(after.report().version());
        assertThat(history(hotline(), Q4, CONNECTION)).hasSize(5);
    }

    @Test
    void the_template_shows_the_suggested_full_year_value_beside_the_users_own_and_reads_it_never() {
        loginAs("staff");
        PeriodSheet sheet = entry.sheet(hotline(), Q4);
        FilledTemplate template = download(hotline(), Q4);
        Map<ForecastMethod, String> methods = Map.of(ForecastMethod.TIME_PROGRESS, "按时间进度外推",
                ForecastMethod.RECENT, "按近两期数值", ForecastMethod.LAST_YEAR_PATTERN, "按上年支出节奏",
                ForecastMethod.YEAR_END, "全年已报");
        Map<Likelihood, String> likelihoods = Map.of(Likelihood.CERTAIN, "确定能", Likelihood.POSSIBLE, "有可能",
                Likelihood.IMPOSSIBLE, "完全不可能");
        SheetRow connection = row(sheet, CONNECTION);
        Forecast forecast = connection.forecast();
        assertThat(forecast).as("Q1 to Q3 are reported: there is a suggestion").isNotNull();

        assertThat(template.headings(TemplateColumns.ENTRY_SHEET)).endsWith(TemplateColumns.EXPECTED,
                TemplateColumns.SUGGESTED);
        assertThat(template.text(TemplateColumns.ENTRY_SHEET, CONNECTION, TemplateColumns.SUGGESTED))
                .isEqualTo("建议：" + TargetWording.number(forecast.value()) + " %（" + methods.get(forecast.method())
                        + "）；完成可能性建议：" + likelihoods.get(forecast.likelihood()));
        assertThat(template.cell(TemplateColumns.ENTRY_SHEET, CONNECTION, TemplateColumns.SUGGESTED).getCellStyle()
                .getLocked()).as("to read, not to fill").isTrue();
        assertThat(template.text(TemplateColumns.ENTRY_SHEET, LONG_TERM, TemplateColumns.SUGGESTED))
                .as("a qualitative target has no suggestion").isEmpty();

        // Whatever is typed over the suggestion is not read: only the value and 全年预计 are stored.
        byte[] typedOver = template.entry(CONNECTION, TemplateColumns.SUGGESTED, "999")
                .entry(CONNECTION, TemplateColumns.VALUE, 81)
                .entry(CONNECTION, TemplateColumns.EXPECTED, TargetWording.number(forecast.value()) + " %").bytes();
        List<String> fieldsBefore = history(hotline(), Q4, CONNECTION).stream().map(ChangeRecord::field).toList();
        templates.upload(2019, 4, typedOver, false);
        List<String> fieldsChanged = new java.util.ArrayList<>(history(hotline(), Q4, CONNECTION).stream()
                .map(ChangeRecord::field).toList());
        fieldsBefore.forEach(fieldsChanged::remove);
        assertThat(fieldsChanged).containsExactlyInAnyOrder("value", "expectedFullYear");
        assertThat(row(entry.sheet(hotline(), Q4), CONNECTION).current().expectedFullYear())
                .isEqualTo(TargetWording.number(forecast.value()) + " %");
    }

    @Test
    void a_refused_cell_is_named_by_sheet_row_and_column_and_nothing_is_stored() {
        loginAs("staff");
        FilledTemplate filled = download(hotline(), Q4)
                .entry(TRAINED, TemplateColumns.VALUE, "很多")
                .entry(LONG_TERM, TemplateColumns.ASSESSMENT, "还行")
                .entry("质量控制合格率", TemplateColumns.VALUE, 99);
        PeriodSheet before = entry.sheet(hotline(), Q4);

        assertThatThrownBy(() -> templates.upload(2019, 4, filled.bytes(), false))
                .isInstanceOfSatisfying(TemplateRejectedException.class, refused -> assertThat(
                        refused.getProblems()).extracting(CellProblem::sheet, CellProblem::row, CellProblem::column,
                                CellProblem::code)
                        .containsExactlyInAnyOrder(
                                tuple(TemplateColumns.ENTRY_SHEET, filled.row(TemplateColumns.ENTRY_SHEET, TRAINED),
                                        TemplateColumns.VALUE, "actual.notNumber"),
                                tuple(TemplateColumns.ENTRY_SHEET, filled.row(TemplateColumns.ENTRY_SHEET,
                                        LONG_TERM), TemplateColumns.ASSESSMENT, "choice")));

        assertThat(entry.sheet(hotline(), Q4)).as("the valid row was not stored either").isEqualTo(before);
    }

    @Test
    void a_red_row_without_its_explanation_is_refused_as_in_the_entry_view() {
        loginAs("staff");
        FilledTemplate filled = download(hotline(), Q4).entry("综合满意度", TemplateColumns.VALUE, 50);
        PeriodSheet before = entry.sheet(hotline(), Q4);

        assertThatThrownBy(() -> templates.upload(2019, 4, filled.bytes(), false))
                .isInstanceOfSatisfying(TemplateRejectedException.class, refused -> assertThat(
                        refused.getProblems()).extracting(CellProblem::column, CellProblem::code, CellProblem::cell)
                        .containsExactlyInAnyOrder(
                                tuple(TemplateColumns.CAUSE, "causeRequired", "M" + filled.row(
                                        TemplateColumns.ENTRY_SHEET, "综合满意度")),
                                tuple(TemplateColumns.MEASURES, "measuresRequired", "O" + filled.row(
                                        TemplateColumns.ENTRY_SHEET, "综合满意度")),
                                tuple(TemplateColumns.LIKELIHOOD, "likelihoodRequired", "P" + filled.row(
                                        TemplateColumns.ENTRY_SHEET, "综合满意度"))));

        assertThat(entry.sheet(hotline(), Q4)).isEqualTo(before);
    }

    @Test
    void a_template_overtaken_by_someone_elses_save_is_refused_naming_them() {
        loginAs("staff");
        FilledTemplate filled = download(hotline(), Q3).entry("投诉率", TemplateColumns.VALUE, "0.005");
        loginAs("manager");
        long quality = row(entry.sheet(hotline(), Q3), "质量控制合格率").indicator().id();
        entry.save(hotline(), Q3, new SheetInput(List.of(ActualEntry.number(quality, "96.1")), List.of(), null,
                null), EntryMode.FEED);
        PeriodSheet before = entry.sheet(hotline(), Q3);
        loginAs("staff");

        assertThatThrownBy(() -> templates.upload(2019, 3, filled.bytes(), false))
                .isInstanceOfSatisfying(StaleEditException.class, stale -> {
                    assertThat(stale.getChangedBy()).isEqualTo("manager");
                    assertThat(stale.getChanges()).extracting(ChangeRecord::subjectId, ChangeRecord::newValue)
                            .containsExactly(tuple(quality, "96.1"));
                });

        assertThat(entry.sheet(hotline(), Q3)).isEqualTo(before);
    }

    @Test
    void a_template_of_another_units_project_is_missing_to_the_uploader() {
        loginAs("admin");
        long training = project(SeedProjects.TRAINING_Q);
        String counted = entry.sheet(training, Q4).rows().stream().filter(row -> !row.derived()
                        && row.indicator().target() instanceof Target.Quantitative).findFirst().orElseThrow()
                .indicator().name();
        FilledTemplate filled = download(training, Q4).entry(counted, TemplateColumns.VALUE, 50);
        PeriodSheet before = entry.sheet(training, Q4);
        loginAs("staff");

        assertThatThrownBy(() -> templates.upload(2019, 4, filled.bytes(), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.projectTemplate(training, 2019, 4)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.unitTemplate(OtherUnit.UNIT, 2019, 4))
                .isInstanceOf(NoProjectsToFillException.class);

        loginAs("admin");
        assertThat(entry.sheet(training, Q4)).isEqualTo(before);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static Map<String, String> partsOf(SheetRow row) {
        Map<String, String> parts = new LinkedHashMap<>();
        row.current().parts().forEach((label, value) -> parts.put(label, value.toPlainString()));
        return parts;
    }
}
