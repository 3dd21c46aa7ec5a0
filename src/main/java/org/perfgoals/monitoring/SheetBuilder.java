package org.perfgoals.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.monitoring.domain.Actual;
import org.perfgoals.monitoring.domain.BudgetExecution;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.Evaluator;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.ProjectStatus;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.Thresholds;
import org.perfgoals.project.BudgetItem;
import org.perfgoals.project.Project;
import org.springframework.stereotype.Component;

/** Assembles a project's period: reads its values once and judges every row with the evaluation rules. */
@Component
class SheetBuilder {

    private final Evaluator evaluator;
    private final BudgetExecution budgetExecution;
    private final Baselines baselines;

    SheetBuilder(Evaluator evaluator, MonitoringProperties properties, Baselines baselines) {
        this.evaluator = evaluator;
        this.baselines = baselines;
        Thresholds thresholds = properties.thresholds();
        this.budgetExecution = new BudgetExecution(thresholds);
    }

    PeriodSheet build(Project project, Period period, PeriodReport report, List<ActualValue> actuals,
                      List<BudgetSpending> spending) {
        Map<Long, Baseline> baselines = this.baselines.of(project);
        List<BudgetRow> budget = budgetRows(project, period, spending);
        BigDecimal spentSoFar = budget.stream().map(BudgetRow::spentSoFar).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal executionRate = BudgetExecution.rate(project.getCurrentYearBudget(),
                spending.isEmpty() ? null : spentSoFar);
        Map<Long, List<ActualValue>> byIndicator = actuals.stream()
                .collect(Collectors.groupingBy(ActualValue::getIndicatorId));
        List<SheetRow> rows = new ArrayList<>();
        for (Indicator indicator : project.getIndicators()) {
            List<ActualValue> values = byIndicator.getOrDefault(indicator.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(value -> value.getPeriod().endMonth())).toList();
            ActualValue current = values.stream()
                    .filter(value -> value.getPeriod().endMonth() == period.endMonth()).findFirst().orElse(null);
            List<ActualValue> earlier = values.stream().filter(value -> value != current).toList();
            rows.add(row(indicator, period, current, earlier, spending.isEmpty() ? null : executionRate,
                    baselines.get(indicator.getId())));
        }
        Evaluation budgetEvaluation = spending.isEmpty() ? null
                : budgetExecution.evaluate(project.getCurrentYearBudget(), spentSoFar, period);
        List<Status> statuses = new ArrayList<>(rows.stream().map(row -> row.evaluation().status()).toList());
        if (budgetEvaluation != null) {
            statuses.add(budgetEvaluation.status());
        }
        boolean needsReason = !spending.isEmpty()
                && budgetExecution.needsYearEndReason(project.getCurrentYearBudget(), spentSoFar, period);
        return new PeriodSheet(project, period, report, rows, budget, spentSoFar, executionRate, budgetEvaluation,
                ProjectStatus.of(statuses), needsReason);
    }

    /** Judges a value being typed, not stored, against everything its row is judged against when stored. */
    SheetRow preview(Project project, Indicator indicator, Period period, ActualValue draft) {
        return row(indicator, period, draft, List.of(), null, baselines.of(project).get(indicator.getId()));
    }

    /**
     * Judges one row; 预算执行率 rows are judged on the execution rate instead of a typed value, relative targets
     * against their baseline (null when there is none).
     */
    private SheetRow row(Indicator indicator, Period period, ActualValue current, List<ActualValue> earlier,
                         BigDecimal executionRate, Baseline baseline) {
        boolean derived = indicator.isBudgetExecutionRate();
        Actual actual = derived ? ActualMapping.number(executionRate)
                : ActualMapping.toActual(current, indicator.getTarget());
        Evaluation evaluation = evaluator.evaluate(indicator.getTarget(), indicator.getAccumulation(), period, actual,
                current == null ? null : current.getLikelihood(), baseline == null ? null : baseline.value());
        return new SheetRow(indicator, current, earlier, evaluation, derived ? executionRate : null, derived,
                baseline);
    }

    private List<BudgetRow> budgetRows(Project project, Period period, List<BudgetSpending> spending) {
        Map<Long, List<BudgetSpending>> byItem = spending.stream()
                .collect(Collectors.groupingBy(BudgetSpending::getBudgetItemId));
        List<BudgetRow> rows = new ArrayList<>();
        for (BudgetItem item : project.getBudgetItems()) {
            List<BudgetSpending> entries = byItem.getOrDefault(item.getId(), List.of());
            BudgetSpending current = entries.stream()
                    .filter(entry -> entry.getPeriod().endMonth() == period.endMonth()).findFirst().orElse(null);
            BigDecimal soFar = entries.stream().map(BudgetSpending::getAmount).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            rows.add(new BudgetRow(item, current, current == null ? BigDecimal.ZERO : current.getAmount(), soFar,
                    BudgetExecution.rate(item.getAmount(), soFar)));
        }
        return rows;
    }
}
