package org.perfgoals.monitoring.domain;

import java.util.List;

/**
 * Which way a relative target (较上一年度有提升, 投诉量较上年下降, 不低于上年) wants the value to move, read from
 * its wording. Without a direction word the value should rise: most such targets ask for improvement.
 *
 * @param lowerIsBetter the value should fall (下降, 降低, 减少, 缩短, 压缩, 低于, 少于)
 * @param steadyIsEnough holding last year's level meets the target: the wording only forbids a move the wrong
 *                      way (不低于上年, 不下降, 不超过上年)
 */
record RelativeDirection(boolean lowerIsBetter, boolean steadyIsEnough) {

    private static final List<String> UP = List.of("提升", "提高", "增长", "增加", "上升", "高于", "多于", "超过", "优于", "好于");
    private static final List<String> DOWN = List.of("下降", "降低", "减少", "缩短", "压缩", "低于", "少于");

    static RelativeDirection of(String expected) {
        String text = expected == null ? "" : expected;
        int up = firstIndex(text, UP);
        int down = firstIndex(text, DOWN);
        if (up < 0 && down < 0) {
            return new RelativeDirection(false, false);
        }
        // the word that comes first names the target; a later one usually describes a means
        boolean downFirst = down >= 0 && (up < 0 || down < up);
        int at = downFirst ? down : up;
        boolean negated = at > 0 && text.charAt(at - 1) == '不';
        // 不下降 = must not fall (higher is better, steady is enough); 不超过 = must not rise
        return negated ? new RelativeDirection(!downFirst, true) : new RelativeDirection(downFirst, false);
    }

    private static int firstIndex(String text, List<String> words) {
        int first = -1;
        for (String w : words) {
            int i = text.indexOf(w);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }
}
