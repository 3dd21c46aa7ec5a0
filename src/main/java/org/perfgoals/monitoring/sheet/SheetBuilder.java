package org.perfgoals.monitoring.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.MonitoringProperties;
import org.perfgoals.monitoring.domain.Actual;
import org.perfgoals.monitoring.domain.BudgetExecution;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.Evaluator;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.ProjectStatus;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.forecast.Forecast;
import org.perfgoals.monitoring.domain.forecast.Forecaster;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.Baseline;
import org.perfgoals.monitoring.read.BudgetRow;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.store.ActualValue;
import org.perfgoals.monitoring.store.BudgetSpending;
import org.perfgoals.monitoring.store.PeriodReport;
import org.perfgoals.project.BudgetItem;
import org.perfgoals.project.BudgetItemRecord;
import org.perfgoals.project.Project;
import org.springframework.stereotype.Component;

/**
 * Assembles a project's period as plain records: reads its values once, copies them out of the entities and judges
 * every row with the evaluation rules.
 */
@Component
public class SheetBuilder {

    private final Evaluator evaluator;
    private final BudgetExecution budgetExecution;
    private final Baselines baselines;
    private final Forecaster forecaster;
    private final LastYearSpending lastYearSpending;
    private final BigDecimal yearEndFloorPercent;

    SheetBuilder(Evaluator evaluator, MonitoringProperties properties, Baselines baselines,
                 LastYearSpending lastYearSpending) {
        this.lastYearSpending = lastYearSpending;
        this.evaluator = evaluator;
        this.baselines = baselines;
        this.budgetExecution = new BudgetExecution(properties.thresholds());
        this.forecaster = new Forecaster(properties.thresholds());
        this.yearEndFloorPercent = properties.yearEndExecutionFloor().movePointRight(2);
    }

    /**
     * What a period is judged against besides its own values, read from the database: the baselines of relative
     * targets, and last year's spending share (null without one). A save builds its sheet twice, before and after
     * storing, from one reference.
     */
    public record Reference(Map<Long, Baseline> baselines, @Nullable BigDecimal lastYearShare) {
    }

    /** The reference of the project's period; {@code anySpending}: whether spending was entered by then. */
    public Reference reference(Project project, Period period, boolean anySpending) {
        // Last year's pattern forecasts only a 预算执行率 row: no query for the projects without one.
        BigDecimal lastYearShare = !anySpending
                || project.getIndicators().stream().noneMatch(Indicator::isBudgetExecutionRate) ? null
                : lastYearSpending.shareBy(project, period);
        return new Reference(baselines.of(project), lastYearShare);
    }

    public PeriodSheet build(Project project, Period period, PeriodReport report, List<ActualValue> actuals,
                      List<BudgetSpending> spending) {
        return build(project, period, report, actuals, spending, reference(project, period, !spending.isEmpty()));
    }

    /** The sheet judged against {@code reference}, which must be this period's with this spending. */
    public PeriodSheet build(Project project, Period period, PeriodReport report, List<ActualValue> actuals,
                             List<BudgetSpending> spending, Reference reference) {
        Map<Long, Baseline> baselines = reference.baselines();
        List<BudgetRow> budget = budgetRows(project, period, spending);
        BigDecimal spentSoFar = budget.stream().map(BudgetRow::spentSoFar).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal executionRate = BudgetExecution.rate(project.getCurrentYearBudget(),
                spending.isEmpty() ? null : spentSoFar);
        BigDecimal lastYearShare = reference.lastYearShare();
        Map<Long, List<ActualRecord>> byIndicator = actuals.stream().collect(Collectors.groupingBy(
                ActualValue::getIndicatorId, Collectors.mapping(ReadRecords::actual, Collectors.toList())));
        List<SheetRow> rows = new ArrayList<>();
        for (Indicator indicator : project.getIndicators()) {
            List<ActualRecord> values = byIndicator.getOrDefault(indicator.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(value -> value.period().endMonth())).toList();
            ActualRecord current = values.stream()
                    .filter(value -> value.period().endMonth() == period.endMonth()).findFirst().orElse(null);
            List<ActualRecord> earlier = values.stream().filter(value -> value != current).toList();
            SheetRow row = row(IndicatorRecord.of(indicator), period, current, earlier,
                    spending.isEmpty() ? null : executionRate, baselines.get(indicator.getId()));
            rows.add(withForecast(row, period, project.getCurrentYearBudget(), spending.isEmpty() ? null : spentSoFar,
                    lastYearShare));
        }
        Evaluation budgetEvaluation = spending.isEmpty() ? null
                : budgetExecution.evaluate(project.getCurrentYearBudget(), spentSoFar, period);
        List<Status> statuses = new ArrayList<>(rows.stream().map(row -> row.evaluation().status()).toList());
        if (budgetEvaluation != null) {
            statuses.add(budgetEvaluation.status());
        }
        boolean needsReason = !spending.isEmpty()
                && budgetExecution.needsYearEndReason(project.getCurrentYearBudget(), spentSoFar, period);
        return new PeriodSheet(ReadRecords.header(project), period, ReadRecords.report(report), rows, budget,
                spentSoFar, executionRate, budgetEvaluation, ProjectStatus.of(statuses), needsReason);
    }

    /**
     * The row with its suggested full-year value: a quantitative indicator's from its values so far this year, a
     * 预算执行率 row's from the year's spending forecast as a rate.
     */
    private SheetRow withForecast(SheetRow row, Period period, BigDecimal budget, BigDecimal spentSoFar,
                                  BigDecimal lastYearShare) {
        if (!(row.indicator().target() instanceof Target.Quantitative target)) {
            return row;
        }
        Forecast forecast;
        if (row.derived()) {
            forecast = forecaster.budget(budget, spentSoFar, period, lastYearShare, target.value())
                    .map(spent -> forecaster.judged(target, row.indicator().accumulation(), period,
                            BudgetExecution.rate(budget, spent.value()), spent.method()))
                    .orElse(null);
        } else {
            // The values so far, oldest first; extrapolated from the last period that has one.
            List<ActualRecord> reported = new ArrayList<>(row.earlier().stream()
                    .filter(value -> value.period().endMonth() < period.endMonth()).toList());
            if (row.current() != null) {
                reported.add(row.current());
            }
            reported.removeIf(value -> value.numericValue() == null);
            forecast = reported.isEmpty() ? null : forecaster.indicator(target, row.indicator().accumulation(),
                    reported.getLast().period(), reported.stream().map(ActualRecord::numericValue).toList())
                    .orElse(null);
        }
        return forecast == null ? row : new SheetRow(row.indicator(), row.current(), row.earlier(), row.evaluation(),
                row.derivedValue(), row.derived(), row.baseline(), forecast);
    }

    /** Judges a value being typed, not stored, against everything its row is judged against when stored. */
    public SheetRow preview(Project project, Indicator indicator, Period period, ActualValue draft) {
        return row(IndicatorRecord.of(indicator), period, ReadRecords.actual(draft), List.of(), null,
                baselines.of(project).get(indicator.getId()));
    }

    /**
     * Judges one row; 预算执行率 rows are judged on the execution rate instead of a typed value, relative targets
     * against their baseline (null when there is none).
     */
    private SheetRow row(IndicatorRecord indicator, Period period, ActualRecord current, List<ActualRecord> earlier,
                         BigDecimal executionRate, Baseline baseline) {
        boolean derived = indicator.isBudgetExecutionRate();
        Actual actual = derived ? ActualMapping.number(executionRate)
                : ActualMapping.toActual(current, indicator.target());
        Evaluation evaluation = evaluator.evaluate(indicator.target(), indicator.accumulation(), period, actual,
                current == null ? null : current.likelihood(), baseline == null ? null : baseline.value());
        return new SheetRow(indicator, current, earlier, evaluation, derived ? executionRate : null, derived,
                baseline, null);
    }

    private static List<BudgetRow> budgetRows(Project project, Period period, List<BudgetSpending> spending) {
        Map<Long, List<BudgetSpending>> byItem = spending.stream()
                .collect(Collectors.groupingBy(BudgetSpending::getBudgetItemId));
        List<BudgetRow> rows = new ArrayList<>();
        for (BudgetItem item : project.getBudgetItems()) {
            List<BudgetSpending> entries = byItem.getOrDefault(item.getId(), List.of());
            BudgetSpending current = entries.stream()
                    .filter(entry -> entry.getPeriod().endMonth() == period.endMonth()).findFirst().orElse(null);
            BigDecimal soFar = entries.stream().map(BudgetSpending::getAmount).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            rows.add(new BudgetRow(BudgetItemRecord.of(item), ReadRecords.spending(current),
                    current == null ? BigDecimal.ZERO : current.getAmount(), soFar,
                    BudgetExecution.rate(item.getAmount(), soFar)));
        }
        return rows;
    }
}
