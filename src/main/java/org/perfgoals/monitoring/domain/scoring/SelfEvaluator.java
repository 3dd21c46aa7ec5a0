package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds the lines of a self-evaluation up to a total out of 100 (财预〔2020〕10号).
 *
 * <p>points = Σ weight × fraction over the lines that apply. Lines that do not apply (fraction null) are dropped and
 * the rest rescaled to 100: total = points / Σ applicable weight × 100, 1 decimal HALF_UP — so a project is neither
 * punished nor rewarded for an indicator nobody could score. The breakdown per 一级 is rescaled by the same factor
 * and rounded to 2 decimals on its own, so its points may differ from the total by rounding.
 *
 * <p>Nothing applicable (no line, or only lines without a fraction, or applicable lines weighing 0 points): the
 * total and grade are null and the breakdown empty — "not yet scorable", which is not the same as 0.
 */
public final class SelfEvaluator {

    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    private SelfEvaluator() {
    }

    public static SelfEvaluation evaluate(List<ScoreLine> lines) {
        Objects.requireNonNull(lines, "lines");
        BigDecimal applicableWeight = BigDecimal.ZERO.setScale(Weights.SCALE);
        BigDecimal earned = BigDecimal.ZERO;
        Map<String, Level1Sums> byLevel1 = new LinkedHashMap<>();
        for (ScoreLine line : lines) {
            Objects.requireNonNull(line, "line");
            Level1Sums sums = byLevel1.computeIfAbsent(line.level1(), k -> new Level1Sums());
            sums.weight = sums.weight.add(line.weight());
            if (line.applies()) {
                BigDecimal points = line.weight().multiply(line.fraction());
                applicableWeight = applicableWeight.add(line.weight());
                earned = earned.add(points);
                sums.applicableWeight = sums.applicableWeight.add(line.weight());
                sums.earned = sums.earned.add(points);
            }
        }
        if (applicableWeight.signum() == 0) {
            return SelfEvaluation.notScorable(applicableWeight);
        }
        BigDecimal rescale = Weights.HUNDRED.divide(applicableWeight, EXACT_ENOUGH);
        BigDecimal total = earned.multiply(rescale).setScale(1, RoundingMode.HALF_UP);
        List<Level1Score> breakdown = new ArrayList<>();
        byLevel1.forEach((level1, sums) -> breakdown.add(new Level1Score(level1,
                sums.weight.setScale(Weights.SCALE, RoundingMode.HALF_UP),
                sums.earned.multiply(rescale).setScale(2, RoundingMode.HALF_UP),
                sums.applicableWeight.multiply(rescale).setScale(2, RoundingMode.HALF_UP))));
        return new SelfEvaluation(total, Grade.of(total), breakdown, applicableWeight);
    }

    /** Running sums of one 一级. */
    private static final class Level1Sums {
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal applicableWeight = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
    }
}
