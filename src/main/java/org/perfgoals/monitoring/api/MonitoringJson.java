package org.perfgoals.monitoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.Baseline;
import org.perfgoals.monitoring.read.BudgetRow;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ProjectWeighting;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.project.api.TargetJson;

/** The JSON shapes of the monitoring API. */
final class MonitoringJson {

    private MonitoringJson() {
    }

    record ActualJson(long indicatorId, int year, int quarter, BigDecimal value, Map<String, BigDecimal> parts,
                      String assessment, Boolean done, LocalDate doneOn, String deviationCause,
                      String deviationText, String measures, String likelihood, String status,
                      boolean explanationMissing, String updatedBy) {

        static ActualJson of(SheetRow row, int year, int quarter) {
            ActualRecord value = row.current();
            boolean none = value == null;
            return new ActualJson(row.indicator().id(), year, quarter,
                    row.derived() ? row.derivedValue() : none ? null : value.numericValue(),
                    none ? Map.of() : Map.copyOf(value.parts()),
                    none || value.assessment() == null ? null : value.assessment().name(),
                    none ? null : value.done(), none ? null : value.doneOn(),
                    none || value.deviationCause() == null ? null : value.deviationCause().name(),
                    none ? null : value.deviationText(), none ? null : value.measures(),
                    none || value.likelihood() == null ? null : value.likelihood().name(),
                    row.evaluation().status().name(), row.explanationMissing(), none ? null : value.updatedBy());
        }
    }

    record RowJson(long indicatorId, String level1, String level2, String name, String targetText,
                   TargetJson target, String accumulation, ActualJson actual, String status, BigDecimal ratio,
                   String reason, Map<String, String> partStatuses, boolean derived, boolean explanationMissing,
                   Baseline baseline) {

        static RowJson of(SheetRow row, int year, int quarter) {
            return new RowJson(row.indicator().id(), row.indicator().level1(), row.indicator().level2(),
                    row.indicator().name(), row.indicator().targetText(),
                    TargetJson.of(row.indicator().target()), row.indicator().accumulation().name(),
                    ActualJson.of(row, year, quarter), row.evaluation().status().name(), row.evaluation().ratio(),
                    row.evaluation().reason(), row.evaluation().partStatuses().entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name())),
                    row.derived(), row.explanationMissing(), row.baseline());
        }
    }

    record BudgetJson(long budgetItemId, String name, BigDecimal budget, BigDecimal spentInPeriod,
                      BigDecimal spentSoFar, BigDecimal executionRate, boolean overBudget) {

        static BudgetJson of(BudgetRow row) {
            return new BudgetJson(row.item().id(), row.item().name(), row.item().amount(),
                    row.spentInPeriod(), row.spentSoFar(), row.rate(), row.overBudget());
        }
    }

    record SheetJson(long projectId, int year, int quarter, String reportState, long reportVersion,
                     String projectStatus, BigDecimal executionRate, BigDecimal timeProgress, String budgetStatus,
                     BigDecimal budget, BigDecimal spentSoFar, List<RowJson> rows, List<BudgetJson> budgetItems) {

        static SheetJson of(PeriodSheet sheet, int quarter) {
            int year = sheet.period().year();
            return new SheetJson(sheet.project().id(), year, quarter, sheet.report().state().name(),
                    sheet.report().version(), sheet.projectStatus().name(), sheet.executionRate(),
                    sheet.timeProgress(),
                    sheet.budgetEvaluation() == null ? "NO_DATA" : sheet.budgetEvaluation().status().name(),
                    sheet.project().currentYearBudget(), sheet.spentSoFar(),
                    sheet.rows().stream().map(row -> RowJson.of(row, year, quarter)).toList(),
                    sheet.budget().stream().map(BudgetJson::of).toList());
        }
    }

    /** A project's weighting: the scheme, the points per 一级 as applied, and each indicator's weight. */
    record WeightsJson(long projectId, String scheme, Map<String, BigDecimal> level1Points,
                       List<ProjectWeighting.IndicatorWeight> indicators) {

        static WeightsJson of(ProjectWeighting weighting) {
            return new WeightsJson(weighting.projectId(), weighting.scheme().name(), weighting.level1Points(),
                    weighting.indicators());
        }
    }
}
