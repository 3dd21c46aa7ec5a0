package org.perfgoals.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.perfgoals.monitoring.domain.BudgetExecution;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.scoring.Grade;
import org.perfgoals.monitoring.domain.scoring.IndicatorScore;

/**
 * Turns the aggregate rows into the overview: for every project and quarter, the worst of its stored row statuses,
 * its budget execution verdict and any row without a value. Plain Java over what the queries returned.
 */
final class OverviewCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BudgetExecution budgetExecution;

    OverviewCalculator(BudgetExecution budgetExecution) {
        this.budgetExecution = budgetExecution;
    }

    Overview calculate(OverviewFilter filter, List<ProjectFacts> projects, Map<Long, int[]> indicatorCounts,
                       Map<Long, Map<Integer, Map<String, Integer>>> statusCounts,
                       Map<Long, Map<Integer, BigDecimal>> spending, Map<String, Long> alerts,
                       Map<Long, BigDecimal[]> weightedScores, Map<Long, BigDecimal> budgetWeights) {
        List<ProjectOverview> rows = new ArrayList<>();
        int[] verdicts = new int[4];
        for (ProjectFacts project : projects) {
            int[] counts = indicatorCounts.getOrDefault(project.id(), new int[2]);
            Map<Integer, Map<String, Integer>> byMonth = statusCounts.getOrDefault(project.id(), Map.of());
            Map<Integer, BigDecimal> spentByMonth = spending.getOrDefault(project.id(), Map.of());
            Map<Integer, Status> quarters = new TreeMap<>();
            for (int quarter = 1; quarter <= 4; quarter++) {
                quarters.put(quarter, status(filter.year(), quarter, project.budget(), counts,
                        byMonth.getOrDefault(quarter * 3, Map.of()), spentByMonth));
            }
            Map<String, Integer> current = byMonth.getOrDefault(filter.month(), Map.of());
            int typed = counts[0] - counts[1];
            int green = current.getOrDefault("GREEN", 0) + current.getOrDefault("BLUE", 0);
            int yellow = current.getOrDefault("YELLOW", 0);
            int red = current.getOrDefault("RED", 0);
            verdicts[0] += green;
            verdicts[1] += yellow;
            verdicts[2] += red;
            verdicts[3] += Math.max(0, typed - green - yellow - red);
            BigDecimal spent = spentSoFar(spentByMonth, filter.month());
            Status status = quarters.get(filter.quarter());
            if (filter.status() == null || filter.status() == status) {
                BigDecimal rate = BudgetExecution.rate(project.budget(), spent);
                BigDecimal score = score(weightedScores.get(project.id()), budgetWeights.get(project.id()),
                        spentByMonth.isEmpty() ? null : rate, Period.quarter(filter.year(), filter.quarter()));
                rows.add(new ProjectOverview(project.id(), project.unit(), project.name(), project.fundUse(),
                        project.budget(), spent, rate, status, typed, green,
                        typed == 0 ? null : BigDecimal.valueOf(green).multiply(HUNDRED)
                                .divide(BigDecimal.valueOf(typed), 1, RoundingMode.HALF_UP), quarters, score,
                        score == null ? null : Grade.of(score)));
            }
        }
        BigDecimal budget = rows.stream().map(ProjectOverview::budget).filter(b -> b != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = rows.stream().map(ProjectOverview::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        Tiles tiles = new Tiles(rows.size(), budget, spent, BudgetExecution.rate(budget, spent),
                Period.quarter(filter.year(), filter.quarter()).timeProgress(), verdicts[0], verdicts[1], verdicts[2],
                verdicts[3], alerts);
        return new Overview(filter, tiles, rows, sum(rows, ProjectOverview::unit),
                sum(rows, row -> row.fundUse() == null ? "" : row.fundUse()));
    }

    /**
     * The self-evaluation total out of 100: scored values times their weights, plus the budget-execution
     * indicators scored from the execution rate, rescaled over what applies (as SelfEvaluator does per project).
     */
    private static BigDecimal score(BigDecimal[] scored, BigDecimal budgetWeight, BigDecimal executionRate,
                                    Period period) {
        BigDecimal points = scored == null ? BigDecimal.ZERO : scored[0];
        BigDecimal weight = scored == null ? BigDecimal.ZERO : scored[1];
        if (budgetWeight != null && executionRate != null) {
            points = points.add(budgetWeight.multiply(IndicatorScore.budgetExecutionFraction(executionRate, period)));
            weight = weight.add(budgetWeight);
        }
        if (weight.signum() == 0) {
            return null;
        }
        return points.multiply(HUNDRED).divide(weight, 1, RoundingMode.HALF_UP);
    }

    /**
     * A quarter's verdict: the worst of its rows, NO_DATA for rows without a value, and its budget verdict when
     * spending was entered for the quarter itself. A quarter nobody reported (no row judged, no spending of its own)
     * is NO_DATA: the spending of earlier quarters carried on would read as a verdict nobody gave.
     */
    private Status status(int year, int quarter, BigDecimal budget, int[] counts, Map<String, Integer> statuses,
                          Map<Integer, BigDecimal> spentByMonth) {
        boolean ownSpending = spentByMonth.containsKey(quarter * 3);
        if (statuses.isEmpty() && !ownSpending) {
            return Status.NO_DATA;
        }
        List<Status> all = new ArrayList<>();
        int stored = 0;
        for (Map.Entry<String, Integer> entry : statuses.entrySet()) {
            all.add(Status.valueOf(entry.getKey()));
            stored += entry.getValue();
        }
        if (stored < counts[0] - counts[1]) {
            all.add(Status.NO_DATA);
        }
        if (ownSpending) {
            Period period = Period.quarter(year, quarter);
            all.add(budgetExecution.evaluate(budget, spentSoFar(spentByMonth, period.endMonth()), period).status());
        }
        return Status.worst(all);
    }

    private static BigDecimal spentSoFar(Map<Integer, BigDecimal> spentByMonth, int month) {
        return spentByMonth.entrySet().stream().filter(entry -> entry.getKey() <= month).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BigDecimal> sum(List<ProjectOverview> rows,
                                               java.util.function.Function<ProjectOverview, String> key) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        rows.forEach(row -> sums.merge(key.apply(row), row.budget() == null ? BigDecimal.ZERO : row.budget(),
                BigDecimal::add));
        return sums;
    }
}
