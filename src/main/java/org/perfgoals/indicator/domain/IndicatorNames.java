package org.perfgoals.indicator.domain;

import java.util.List;

/**
 * What an indicator's name (三级指标) says about its values. Names are the only hint the forms give: the unit
 * of 招聘人员完成率 and 综合接通率 is % in both, yet the one grows through the year and the other does not.
 */
public final class IndicatorNames {

    /** Completion or execution of the year's work: grows from 0 in January, may pass 100 %. */
    private static final List<String> COMPLETION = List.of(
            "完成率", "完成比例", "完成进度", "完成情况", "执行率", "执行进度", "支出进度", "达成率", "实现率");

    /** Change against another period: may pass 100 % (a doubling is +100 %), judged each period. */
    private static final List<String> GROWTH = List.of("增长率", "增长幅度", "增幅", "提升率", "提高率", "同比", "环比");

    /** Averages and unit prices: never summed over the year, whatever their unit. */
    private static final List<String> AVERAGE = List.of("平均", "人均", "户均", "均价", "单价", "单位成本");

    /**
     * A share, score or index judged each period. Names ending in 率 or 度 that are not completion or growth
     * (满意度, 接通率, 合格率, 流失率, 投诉率, 覆盖率, 及时率, 准确率, 知晓率 …) are shares of a whole.
     */
    private static final List<String> SHARE_WORDS = List.of("满意度", "指数", "评分", "得分", "分数");

    private IndicatorNames() {
    }

    public static boolean isCompletion(String name) {
        return containsAny(name, COMPLETION);
    }

    public static boolean isGrowth(String name) {
        return containsAny(name, GROWTH);
    }

    public static boolean isAverage(String name) {
        return containsAny(name, AVERAGE);
    }

    /** A share, rate or score that is judged as it stands each period (see {@link #SHARE_WORDS}). */
    public static boolean isShare(String name) {
        if (name == null || isCompletion(name) || isGrowth(name)) {
            return false;
        }
        return containsAny(name, SHARE_WORDS) || name.contains("率") || name.strip().endsWith("度");
    }

    private static boolean containsAny(String name, List<String> words) {
        if (name == null) {
            return false;
        }
        for (String w : words) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
