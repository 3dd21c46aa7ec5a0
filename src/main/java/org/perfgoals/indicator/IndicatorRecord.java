package org.perfgoals.indicator;

import java.math.BigDecimal;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Target;

/**
 * An indicator as views, REST, exports and alerts read it: a plain value, detached from the persistence context, so
 * nothing outside the feature can change or lazily load an entity by reading it.
 *
 * @param weight   points out of the project's 100 in the self-evaluation, or null before weights were set
 * @param baseline last year's value of a relative target when a manager entered one, else null
 */
public record IndicatorRecord(long id, String level1, String level2, String name, String targetText, Target target,
                              boolean freeText, int sourceLine, Accumulation accumulation, BigDecimal baseline,
                              BigDecimal weight) {

    public static IndicatorRecord of(Indicator indicator) {
        return new IndicatorRecord(indicator.getId(), indicator.getLevel1(), indicator.getLevel2(),
                indicator.getName(), indicator.getTargetText(), indicator.getTarget(), indicator.isFreeText(),
                indicator.getSourceLine(), indicator.getAccumulation(), indicator.getBaseline(),
                indicator.getWeight());
    }

    /** 预算执行率 is derived from the budget execution entries, never typed in. */
    public boolean isBudgetExecutionRate() {
        return isBudgetExecutionRate(name);
    }

    static boolean isBudgetExecutionRate(String name) {
        return name.contains("预算执行率");
    }
}
