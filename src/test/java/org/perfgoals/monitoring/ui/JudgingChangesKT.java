package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertType;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.importer.ImportService;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.JudgingService;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.domain.forecast.ForecastMethod;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the rules an indicator is judged by change, stored verdicts follow: a relative target (较上一年度有提升) of a
 * project imported again for the next year is judged against last year's value of the same project, without anybody
 * entering it, and again when that value arrives; a manager's change of accumulation re-judges the stored quarters
 * and their alerts. Changes the demo data, so the context is thrown away.
 */
class JudgingChangesKT extends KaribuTest {

    private static final String PROJECT = SeedProjects.TRAINING;
    private static final String INDICATOR = "师资能力提升情况";

    @Autowired
    private ImportService importer;
    @Autowired
    private ProjectService projects;
    @Autowired
    private QuarterEntryService monitoring;
    @Autowired
    private JudgingService judging;
    @Autowired
    private AlertService alerts;
    @Autowired
    private JdbcClient jdbc;

    /** The seed's form of the project, declared again for 2020. */
    private static byte[] formOf2020() {
        List<String> lines = Arrays.asList(SeedFile.text().split("\n"));
        int name = lines.indexOf(lines.stream().filter(line -> line.startsWith("项目名称\t" + PROJECT))
                .findFirst().orElseThrow());
        int start = name;
        while (!lines.get(start).contains("绩效目标申报表")) {
            start--;
        }
        int end = name + 1;
        while (end < lines.size() && !lines.get(end).contains("绩效目标申报表")) {
            end++;
        }
        return String.join("\n", lines.subList(start, end)).replace("2019", "2020").getBytes(StandardCharsets.UTF_8);
    }

    /** The tests of this class share the 2020 project: the first to need it imports it. */
    private void importNextYearOnce() {
        if (projects.list(new ProjectFilter(2020, null, PROJECT), Pageable.unpaged()).isEmpty()) {
            ImportResult imported = importer.importFile(formOf2020(), false);
            assertThat(imported.errors()).isEmpty();
        }
    }

    private long project(int year) {
        return projects.list(new ProjectFilter(year, null, PROJECT), Pageable.unpaged()).getFirst().id();
    }

    private SheetRow row(long project, int year, int quarter) {
        return monitoring.sheet(project, Period.quarter(year, quarter)).rows().stream()
                .filter(row -> row.indicator().name().equals(INDICATOR)).findFirst().orElseThrow();
    }

    private PeriodSheet enter(long project, int year, int quarter, String value) {
        long indicator = row(project, year, quarter).indicator().id();
        return monitoring.save(project, Period.quarter(year, quarter),
                new SheetInput(List.of(ActualEntry.number(indicator, value)), List.of(), null, null), EntryMode.FEED);
    }

    @Test
    void next_years_relative_target_is_judged_against_last_years_value() {
        login("admin");
        importNextYearOnce();
        long last = project(2019);
        long next = project(2020);
        assertThat(row(next, 2020, 1).baseline()).as("nothing entered last year yet").isNull();
        assertThat(row(next, 2020, 1).evaluation().status()).isEqualTo(Status.NEEDS_ASSESSMENT);

        SheetRow early = enter(next, 2020, 1, "85").row(row(next, 2020, 1).indicator().id());
        assertThat(early.current().status()).as("no baseline yet").isEqualTo(Status.NEEDS_ASSESSMENT);
        enter(last, 2019, 3, "70");
        enter(last, 2019, 4, "80");
        assertThat(row(next, 2020, 1).current().status()).as("stored again once 2019's value arrived")
                .isEqualTo(Status.GREEN);
        SheetRow judged = enter(next, 2020, 1, "85").row(row(next, 2020, 1).indicator().id());
        assertThat(judged.baseline().value()).as("the latest value of 2019").isEqualByComparingTo("80");
        assertThat(judged.baseline().fromYear()).isEqualTo(2019);
        assertThat(judged.baseline().month()).isEqualTo(12);
        assertThat(judged.evaluation().status()).isEqualTo(Status.GREEN);
        assertThat(enter(next, 2020, 1, "75").row(judged.indicator().id()).evaluation().status())
                .isEqualTo(Status.RED);

        UI.getCurrent().navigate("monitoring/" + next + "/2020/1");
        EntryView view = _get(EntryView.class);
        IndicatorEntry entry = view.rows.stream().filter(r -> r.indicator.name().equals(INDICATOR)).findFirst()
                .orElseThrow();
        assertThat(_get(entry, Span.class, spec -> spec.withClasses("entry-baseline")).getText())
                .isEqualTo("上年实际值：80（取自2019年第4季度同名项目）");
        _setValue(entry.value, "81");
        assertThat(entry.chip.status()).as("judged as typed, against 2019's value").isEqualTo("GREEN");

        // A baseline a manager enters wins over last year's value.
        judging.configureIndicator(judged.indicator().id(), judged.indicator().accumulation(),
                new java.math.BigDecimal("90"));
        SheetRow entered = row(next, 2020, 1);
        assertThat(entered.baseline().fromLastYear()).isFalse();
        assertThat(entered.evaluation().status()).isEqualTo(Status.RED);
    }

    @Test
    void a_manager_changing_how_an_indicator_accumulates_rejudges_the_stored_quarters_and_their_alerts() {
        login("manager");
        long hotline = SeedProjects.hotline(projects);
        SheetRow built = monitoring.sheet(hotline, Period.quarter(2019, 2)).rows().stream()
                .filter(row -> row.indicator().name().equals("系统建设完成率")).findFirst().orElseThrow();
        long indicator = built.indicator().id();
        assertThat(built.current().status()).as("50 % of the year's work at mid-year").isEqualTo(Status.GREEN);
        assertThat(missedAlerts(hotline, indicator)).isZero();

        judging.configureIndicator(indicator, Accumulation.PER_PERIOD, null);
        SheetRow perPeriod = monitoring.sheet(hotline, Period.quarter(2019, 2)).row(indicator);
        assertThat(perPeriod.current().status()).as("50 % against = 100 % in the quarter").isEqualTo(Status.RED);
        assertThat(perPeriod.current().score()).isEqualByComparingTo("0.5");
        assertThat(missedAlerts(hotline, indicator)).as("Q1 and Q2 and Q3 missed").isEqualTo(3);

        judging.configureIndicator(indicator, Accumulation.CUMULATIVE, null);
        assertThat(monitoring.sheet(hotline, Period.quarter(2019, 2)).row(indicator).current().status())
                .isEqualTo(Status.GREEN);
        assertThat(missedAlerts(hotline, indicator)).as("resolved once on track again").isZero();
    }

    private long missedAlerts(long project, long indicator) {
        return alerts.list(AlertFilter.activeOfProject(project), Pageable.unpaged()).stream()
                .filter(alert -> alert.type() == AlertType.TARGET_MISSED && alert.indicatorId() != null
                        && alert.indicatorId() == indicator).count();
    }

    /**
     * Next year's 预算执行率 forecast follows last year's spending pattern: the share of the year's spending that
     * last year's project of the same unit and name had spent by the end of the quarter (found by its key).
     */
    @Test
    void next_years_spending_forecast_follows_last_years_pattern() {
        login("admin");
        importNextYearOnce();
        long last = project(2019);
        long next = project(2020);
        String spent = "select coalesce(sum(amount), 0) from budget_execution where project_id = :id"
                + " and period_year = 2019 and period_month <= :month";
        BigDecimal lastYearTotal = jdbc.sql(spent).param("id", last).param("month", 12).query(BigDecimal.class)
                .single();
        BigDecimal lastYearByMarch = jdbc.sql(spent).param("id", last).param("month", 3).query(BigDecimal.class)
                .single();
        assertThat(lastYearByMarch.signum()).as("the demo data spent in last year's Q1").isPositive();
        long item = monitoring.sheet(next, Period.quarter(2020, 1)).budget().getFirst().item().id();

        PeriodSheet sheet = monitoring.save(next, Period.quarter(2020, 1), new SheetInput(List.of(),
                List.of(new SpendingEntry(item, "10000", null)), null, null), EntryMode.FEED);

        SheetRow execution = sheet.rows().stream().filter(SheetRow::derived).findFirst().orElseThrow();
        assertThat(execution.forecast().method()).isEqualTo(ForecastMethod.LAST_YEAR_PATTERN);
        BigDecimal share = lastYearByMarch.divide(lastYearTotal, 6, RoundingMode.HALF_UP);
        BigDecimal expected = new BigDecimal("10000").divide(share, 6, RoundingMode.HALF_UP)
                .min(sheet.project().currentYearBudget());
        BigDecimal expectedRate = expected.multiply(BigDecimal.valueOf(100))
                .divide(sheet.project().currentYearBudget(), 6, RoundingMode.HALF_UP);
        // The suggested rate is shown to two decimals.
        assertThat(execution.forecast().value()).isEqualByComparingTo(expectedRate.setScale(2, RoundingMode.HALF_UP));
    }
}
