package org.perfgoals.indicator.domain;


/**
 * How the values of an indicator relate across the periods of a year, which decides whether its target is
 * pro-rated to the elapsed time.
 */
public enum Accumulation {
    /**
     * The value is a running total since January (people trained so far, completion of the year's plan so far):
     * it is compared with the target pro-rated to the time progress, and with the full target at year end.
     */
    CUMULATIVE,
    /**
     * The value describes the period itself (this quarter's connection rate, repair time, unit cost): it is
     * compared with the target as it stands, never pro-rated.
     */
    PER_PERIOD;

    /**
     * The default for an indicator, which a person may override. Rules, first match wins:
     * <ol>
     * <li>anything but a single quantitative target (compound limits, qualitative, relative, deadline) →
     *   PER_PERIOD: each is judged as it stands in every period;</li>
     * <li>a per-unit rate (元/分钟), a duration (分钟, 工作日 …), a score (分) or percentage points → PER_PERIOD;</li>
     * <li>an average by name (平均, 人均, 单价 …) → PER_PERIOD, whatever the unit;</li>
     * <li>a name of completion or execution of the year's work (完成率, 执行率, 完成情况, 完成进度, 达成率,
     *   实现率, 支出进度 …) → CUMULATIVE, whatever the unit: 招聘人员完成率 ≥ 100 % is 50 % done at mid-year;</li>
     * <li>a percentage → PER_PERIOD: shares (满意度, 接通率, 合格率, 流失率, 投诉率, 及时率, 准确率, 知晓率) and
     *   growth rates describe the period. 覆盖率 counts as a share too: most coverage targets (参保覆盖率) are a
     *   state to hold; a coverage built up through the year must be switched to CUMULATIVE by hand;</li>
     * <li>a bare number whose name is a share or score (…率, 满意度, 指数, 得分) → PER_PERIOD (a rate written
     *   without %);</li>
     * <li>days with a ceiling (≤ 5 天, < 3 天) → PER_PERIOD: a processing time limit, not a count of days;</li>
     * <li>everything else → CUMULATIVE: counts (人, 人次, 次, 个, 项, 家, 场, 份, 篇, 件, 户, 期 …), days,
     *   amounts in 元 and bare numbers add up over the year. A ceiling on such a total (≤ 3 次 incidents,
     *   ≤ 100000 元) is pro-rated like a floor.</li>
     * </ol>
     *
     * @param indicatorName the 三级指标 name, or whatever names the indicator; may be null
     * @param target        the parsed target
     */
    public static Accumulation defaultFor(String indicatorName, Target target) {
        if (!(target instanceof Target.Quantitative q)) {
            return PER_PERIOD;
        }
        String unit = q.unit();
        if (MeasureUnits.isPerUnit(unit) || MeasureUnits.isDuration(unit) || MeasureUnits.isScore(unit)) {
            return PER_PERIOD;
        }
        if (IndicatorNames.isAverage(indicatorName)) {
            return PER_PERIOD;
        }
        if (IndicatorNames.isCompletion(indicatorName)) {
            return CUMULATIVE;
        }
        if (MeasureUnits.isPercent(unit)) {
            return PER_PERIOD;
        }
        if (MeasureUnits.isBare(unit)
                && (IndicatorNames.isShare(indicatorName) || IndicatorNames.isGrowth(indicatorName))) {
            return PER_PERIOD;
        }
        if (MeasureUnits.isDays(unit) && q.comparator() != Comparator.APPROX
                && q.polarity() == Polarity.LOWER_IS_BETTER) {
            return PER_PERIOD;
        }
        return CUMULATIVE;
    }
}
