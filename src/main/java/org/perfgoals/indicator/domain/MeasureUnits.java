package org.perfgoals.indicator.domain;

import java.util.Set;

/**
 * What a canonical unit of the target parser measures, as far as monitoring cares: whether values add up over
 * the year and whether 万 may be typed. The parser's own unit table is package-private to it; this is the
 * monitoring view of the same canonical spellings.
 */
public final class MeasureUnits {

    /** Time limits, never summed: a repair time of 180 分钟 holds for each case, not for the year. */
    private static final Set<String> DURATIONS = Set.of("分钟", "小时", "秒", "工作日", "周", "个月");

    /** 分 is a score (满意度测评 ≥ 90 分); 个百分点 a change of a rate: both judged each period. */
    private static final Set<String> SCORES = Set.of("分", "个百分点");

    private MeasureUnits() {
    }

    public static boolean isPercent(String unit) {
        return "%".equals(unit);
    }

    public static boolean isBare(String unit) {
        return unit == null || unit.isEmpty();
    }

    public static boolean isMoney(String unit) {
        return "元".equals(unit);
    }

    public static boolean isDays(String unit) {
        return "天".equals(unit);
    }

    /** A rate kept as written (元/分钟, 元/人): a unit cost or an average, never summed. */
    public static boolean isPerUnit(String unit) {
        return unit != null && unit.contains("/");
    }

    public static boolean isDuration(String unit) {
        return unit != null && DURATIONS.contains(unit);
    }

    public static boolean isScore(String unit) {
        return unit != null && SCORES.contains(unit);
    }

    /**
     * A count of things (人, 人次, 次, 个, 项, 家, 场, 份, 篇, 件, 户, 期, 台, …): every unit that is none of the
     * above and not money or days.
     */
    public static boolean isCount(String unit) {
        return !isBare(unit) && !isPercent(unit) && !isMoney(unit) && !isDays(unit) && !isPerUnit(unit)
                && !isDuration(unit) && !isScore(unit);
    }
}
