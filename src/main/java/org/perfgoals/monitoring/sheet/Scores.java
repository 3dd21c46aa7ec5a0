package org.perfgoals.monitoring.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.scoring.IndicatorScore;
import org.perfgoals.monitoring.domain.scoring.ScoreLine;
import org.perfgoals.monitoring.domain.scoring.SelfEvaluation;
import org.perfgoals.monitoring.domain.scoring.SelfEvaluator;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;

/** The self-evaluation of a period: each row's share of full marks times its weight, 预算执行率 from the budget. */
public final class Scores {

    private Scores() {
    }

    /** The share of full marks a row earns, null when it does not apply (no value, not yet judged). */
    static BigDecimal of(SheetRow row, Period period) {
        if (row.derived()) {
            return row.derivedValue() == null ? null
                    : IndicatorScore.budgetExecutionFraction(row.derivedValue(), period);
        }
        return IndicatorScore.fraction(row.indicator().target(), row.indicator().accumulation(), period,
                ActualMapping.toActual(row.current(), row.indicator().target()), row.evaluation()).orElse(null);
    }

    public static SelfEvaluation evaluate(PeriodSheet sheet) {
        List<ScoreLine> lines = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            BigDecimal weight = row.indicator().weight() == null ? BigDecimal.ZERO : row.indicator().weight();
            lines.add(new ScoreLine(row.indicator().id(), row.indicator().level1(), weight,
                    of(row, sheet.period())));
        }
        return SelfEvaluator.evaluate(lines);
    }
}
