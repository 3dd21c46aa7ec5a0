package org.perfgoals.indicator.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The words and symbols that say how a value compares with the number next to it. Three strengths, because
 * cells combine them ("达到40万左右", "控制在千分之一以下"): a symbol or explicit word in front wins, then a word
 * behind the number, then a weak verb in front (达到, 控制在), which mostly says "this number is the target".
 */
final class ComparatorWords {

    /** A comparator found in the text; {@code at} is where it starts (prefix) or its length (suffix). */
    record Found(Comparator comparator, int at) {
    }

    private static final List<Map.Entry<String, Comparator>> STRONG = longestFirst(Map.ofEntries(
            Map.entry("≥", Comparator.GE), Map.entry("≤", Comparator.LE), Map.entry(">", Comparator.GT),
            Map.entry("<", Comparator.LT), Map.entry("=", Comparator.EQ), Map.entry("≈", Comparator.APPROX),
            Map.entry("大于或等于", Comparator.GE), Map.entry("大于等于", Comparator.GE), Map.entry("不低于", Comparator.GE),
            Map.entry("不少于", Comparator.GE), Map.entry("不小于", Comparator.GE), Map.entry("至少", Comparator.GE),
            Map.entry("最少", Comparator.GE), Map.entry("最低", Comparator.GE),
            Map.entry("小于或等于", Comparator.LE), Map.entry("小于等于", Comparator.LE), Map.entry("不高于", Comparator.LE),
            Map.entry("不超过", Comparator.LE), Map.entry("不大于", Comparator.LE), Map.entry("不多于", Comparator.LE),
            Map.entry("最多", Comparator.LE), Map.entry("至多", Comparator.LE), Map.entry("最长", Comparator.LE),
            Map.entry("高于", Comparator.GT), Map.entry("大于", Comparator.GT), Map.entry("超过", Comparator.GT),
            Map.entry("多于", Comparator.GT), Map.entry("低于", Comparator.LT), Map.entry("小于", Comparator.LT),
            Map.entry("少于", Comparator.LT), Map.entry("不足", Comparator.LT), Map.entry("等于", Comparator.EQ),
            Map.entry("大约", Comparator.APPROX), Map.entry("约为", Comparator.APPROX), Map.entry("约", Comparator.APPROX)));

    private static final List<Map.Entry<String, Comparator>> WEAK = longestFirst(Map.ofEntries(
            Map.entry("达到", Comparator.GE), Map.entry("达", Comparator.GE), Map.entry("保持在", Comparator.GE),
            Map.entry("维持在", Comparator.GE), Map.entry("提高到", Comparator.GE), Map.entry("提高至", Comparator.GE),
            Map.entry("提升到", Comparator.GE), Map.entry("提升至", Comparator.GE), Map.entry("控制在", Comparator.LE),
            Map.entry("控制于", Comparator.LE), Map.entry("降低到", Comparator.LE), Map.entry("降低至", Comparator.LE),
            Map.entry("降至", Comparator.LE), Map.entry("下降到", Comparator.LE), Map.entry("下降至", Comparator.LE),
            // 以上/以下/以内 in front of the value (以上95%, 以内3天), as some tables write the comparator first
            Map.entry("以上", Comparator.GE), Map.entry("以下", Comparator.LE), Map.entry("以内", Comparator.LE)));

    private static final List<Map.Entry<String, Comparator>> SUFFIX = longestFirst(Map.ofEntries(
            Map.entry("及以上", Comparator.GE), Map.entry("以上", Comparator.GE), Map.entry("及以下", Comparator.LE),
            Map.entry("以下", Comparator.LE), Map.entry("以内", Comparator.LE), Map.entry("之内", Comparator.LE),
            Map.entry("左右", Comparator.APPROX), Map.entry("上下", Comparator.APPROX),
            // (含)以上 and 以上(含) say the bound belongs; (不含) that it does not
            Map.entry("(含)以上", Comparator.GE), Map.entry("以上(含)", Comparator.GE),
            Map.entry("(含)以下", Comparator.LE), Map.entry("以下(含)", Comparator.LE),
            Map.entry("(含)以内", Comparator.LE), Map.entry("以内(含)", Comparator.LE),
            Map.entry("(不含)以上", Comparator.GT), Map.entry("以上(不含)", Comparator.GT),
            Map.entry("(不含)以下", Comparator.LT), Map.entry("以下(不含)", Comparator.LT),
            // the explicit words also stand behind the value, bare or bracketed (95%不低于, 10次（不少于）)
            Map.entry("不低于", Comparator.GE), Map.entry("不少于", Comparator.GE), Map.entry("不小于", Comparator.GE),
            Map.entry("(不低于)", Comparator.GE), Map.entry("(不少于)", Comparator.GE), Map.entry("(以上)", Comparator.GE),
            Map.entry("不超过", Comparator.LE), Map.entry("不高于", Comparator.LE), Map.entry("不大于", Comparator.LE),
            Map.entry("(不超过)", Comparator.LE), Map.entry("(不高于)", Comparator.LE), Map.entry("(以下)", Comparator.LE),
            Map.entry("(以内)", Comparator.LE)));

    /** Words between a label and its number that belong to neither (预算执行率达100% → 预算执行率). */
    private static final List<String> FILLERS = Stream.of("控制在", "保持在", "维持在", "控制于", "达到", "达", "为", "在",
            "是", "要求", "应", "须", "需", "力争", "确保", "提高到", "提高至", "提升到", "提升至", "降低到", "降低至", "降至",
            "下降到", "下降至", ":", "：", " ").sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** 节约, 预约 …: words ending in 约 that do not mean "about". */
    private static final String NOT_ABOUT = "节预签合履集制契公缔";

    private ComparatorWords() {
    }

    /** A symbol or explicit word right in front of a number ({@code before} ends where the number starts). */
    static Found strongPrefix(String before) {
        Found found = prefix(before, STRONG);
        if (found != null && found.at() > 0 && before.charAt(found.at()) == '约'
                && NOT_ABOUT.indexOf(before.charAt(found.at() - 1)) >= 0) {
            return null;
        }
        return found;
    }

    static Found weakPrefix(String before) {
        return prefix(before, WEAK);
    }

    /**
     * A word right behind the number and its unit. A bare 内 ("90分钟内") counts only behind a duration or a
     * percentage: behind a count it usually starts another word (1次内部培训).
     */
    static Found suffix(String after, boolean durationOrPercent) {
        String text = after.stripLeading();
        for (Map.Entry<String, Comparator> e : SUFFIX) {
            if (text.startsWith(e.getKey())) {
                return new Found(e.getValue(), after.length() - text.length() + e.getKey().length());
            }
        }
        if (durationOrPercent && text.startsWith("内")) {
            return new Found(Comparator.LE, after.length() - text.length() + 1);
        }
        return null;
    }

    /** The label in front of a comparator, without fillers, colons and surrounding punctuation. */
    static String cleanLabel(String label) {
        String text = label.strip();
        boolean changed = true;
        while (changed && !text.isEmpty()) {
            changed = false;
            for (String filler : FILLERS) {
                if (text.endsWith(filler)) {
                    text = text.substring(0, text.length() - filler.length());
                    changed = true;
                    break;
                }
            }
        }
        return text.replaceAll("^[\\s,，;；。:：、.]+", "").strip();
    }

    private static Found prefix(String before, List<Map.Entry<String, Comparator>> words) {
        String text = before.stripTrailing();
        for (Map.Entry<String, Comparator> e : words) {
            if (text.endsWith(e.getKey())) {
                return new Found(e.getValue(), text.length() - e.getKey().length());
            }
        }
        return null;
    }

    private static List<Map.Entry<String, Comparator>> longestFirst(Map<String, Comparator> words) {
        return words.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, Comparator> e) -> e.getKey().length())
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }
}
