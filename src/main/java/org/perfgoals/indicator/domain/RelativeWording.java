package org.perfgoals.indicator.domain;

import java.util.regex.Pattern;

/**
 * Recognises targets set against last year's actual value (较上一年度有提升, 比上年提高, 高于上年, 同比增长).
 * Checked before numbers: in "比上年提高10%" the 10% is a change, not a level to reach.
 */
final class RelativeWording {

    private static final Pattern LAST_YEAR = Pattern.compile(
            "(?:较|比|高于|优于|好于|超过|低于|不低于|不少于|相比|对比|与)\\s*(?:上一?个?年度?|去年|往年|前一?年度?|上期|上年同期|同期)"
                    + "|同比(?:增长|提高|提升|上升|增加|下降|减少|降低|有所|持续)");

    private RelativeWording() {
    }

    static boolean matches(String normalized) {
        return LAST_YEAR.matcher(normalized).find();
    }
}
