package org.perfgoals.indicator.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Stream;

/**
 * The units a target value is written in and the canonical unit it is stored in, so that monitoring compares
 * like with like: percentages in {@code %}, money in {@code 元}, durations in {@code 分钟}, counts in their own
 * word (人, 次, 项 …). A rate such as 元/分钟 is kept as written.
 */
final class Units {

    enum Kind { PERCENT, MONEY, DURATION, DAYS, COUNT }

    /** A written unit, the canonical unit and the factor from the one to the other. */
    record Unit(String written, String canonical, BigDecimal factor, Kind kind) {
    }

    /** A unit read from the text: the value already converted, and where the unit ends. */
    record Read(BigDecimal value, String unit, Kind kind, int end) {
    }

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(1440);

    private static final List<Unit> UNITS = Stream.of(
            unit("%", "%", "1", Kind.PERCENT),
            unit("‰", "%", "0.1", Kind.PERCENT),
            unit("‱", "%", "0.01", Kind.PERCENT),
            unit("个百分点", "个百分点", "1", Kind.COUNT),
            unit("百分点", "个百分点", "1", Kind.COUNT),
            unit("百分比", "%", "1", Kind.PERCENT),
            unit("元", "元", "1", Kind.MONEY),
            unit("分钟", "分钟", "1", Kind.DURATION),
            unit("秒钟", "分钟", null, Kind.DURATION),
            unit("秒", "分钟", null, Kind.DURATION),
            unit("个小时", "分钟", "60", Kind.DURATION),
            unit("小时", "分钟", "60", Kind.DURATION),
            unit("个工作日", "工作日", "1", Kind.DURATION),
            unit("工作日", "工作日", "1", Kind.DURATION),
            unit("天", "天", "1", Kind.DAYS),
            unit("日", "天", "1", Kind.DAYS),
            unit("个星期", "周", "1", Kind.DURATION),
            unit("星期", "周", "1", Kind.DURATION),
            unit("周", "周", "1", Kind.DURATION),
            unit("个月", "个月", "1", Kind.DURATION),
            // Latin abbreviations some units write (24h, 30 min, 500 km): read case-blind, never inside a word.
            unit("hours", "分钟", "60", Kind.DURATION),
            unit("hour", "分钟", "60", Kind.DURATION),
            unit("hrs", "分钟", "60", Kind.DURATION),
            unit("hr", "分钟", "60", Kind.DURATION),
            unit("h", "分钟", "60", Kind.DURATION),
            unit("minutes", "分钟", "1", Kind.DURATION),
            unit("mins", "分钟", "1", Kind.DURATION),
            unit("min", "分钟", "1", Kind.DURATION),
            unit("days", "天", "1", Kind.DAYS),
            unit("day", "天", "1", Kind.DAYS),
            unit("percent", "%", "1", Kind.PERCENT),
            unit("km", "公里", "1", Kind.COUNT),
            unit("kg", "公斤", "1", Kind.COUNT),
            unit("m²", "平方米", "1", Kind.COUNT),
            unit("㎡", "平方米", "1", Kind.COUNT),
            counts("人次", "人", "名", "位", "次", "个", "项", "家", "场", "份", "篇", "件", "户", "期", "台", "套", "本",
                    "批", "所", "条", "张", "部", "册", "门", "处", "座", "辆", "课时", "学时", "节", "届", "分", "起",
                    "平方米", "公里", "千米", "米", "吨", "公斤", "千克", "亩", "单", "例", "只", "株", "棵", "头"))
            .flatMap(x -> x instanceof Unit u ? Stream.of(u) : ((List<?>) x).stream().map(Unit.class::cast))
            .sorted(java.util.Comparator.comparingInt((Unit u) -> u.written().length()).reversed())
            .toList();

    /** Denominators of a rate (元/分钟, 人/次); the rate is kept as written. */
    private static final List<String> PER = Stream.of("分钟", "小时", "天", "日", "人次", "人", "次", "件", "户", "个",
                    "年", "月", "份", "课时", "学时", "平方米", "吨", "公里", "台", "项", "场", "单", "例", "min", "h")
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** Multipliers written between the number and the unit (5万元, 40万人, 1.2亿元). */
    private static final List<String> MULTIPLIERS = List.of("千万", "百万", "万", "亿", "千", "百");

    private Units() {
    }

    private static Unit unit(String written, String canonical, String factor, Kind kind) {
        // 秒 has no finite factor (1/60): its null factor tells convert() to divide.
        return new Unit(written, canonical, factor == null ? null : new BigDecimal(factor), kind);
    }

    private static List<Unit> counts(String... words) {
        return Stream.of(words).map(w -> new Unit(w, w, BigDecimal.ONE, Kind.COUNT)).toList();
    }

    static boolean isDuration(Kind kind) {
        return kind == Kind.DURATION || kind == Kind.DAYS;
    }

    /**
     * Reads an optional multiplier and unit at {@code from} of {@code text} (after the number) and converts
     * {@code number}. A 千 or 百 counts only in front of a unit (三千人), since alone it is usually a word.
     */
    static Read read(String text, int from, BigDecimal number) {
        int p = skipSpaces(text, from);
        BigDecimal value = number;
        int afterMultiplier = p;
        boolean unitFirst = UNITS.stream().anyMatch(u -> writtenAt(text, p, u)); // 千米 is a unit
        for (String m : unitFirst ? List.<String>of() : MULTIPLIERS) {
            if (text.startsWith(m, p) && !text.startsWith(m + "分之", p)) {
                value = value.multiply(multiplier(m));
                afterMultiplier = p + m.length();
                break;
            }
        }
        int q = skipSpaces(text, afterMultiplier);
        Read bracketed = bracketed(text, q, value);
        if (bracketed != null) {
            return bracketed;
        }
        for (Unit u : UNITS) {
            if (writtenAt(text, q, u)) {
                int end = q + u.written().length();
                int rateEnd = rateEnd(text, end);
                if (rateEnd > end) {
                    // a rate keeps number and unit as written (1.5万元/人 stays 1.5 万元/人)
                    String written = text.substring(p, rateEnd).replace(" ", "");
                    return new Read(number, written, Kind.COUNT, rateEnd);
                }
                return new Read(convert(value, u), u.canonical(), u.kind(), end);
            }
        }
        if (afterMultiplier > p && (text.startsWith("万", p) || text.startsWith("亿", p))) {
            return new Read(value, "", Kind.COUNT, afterMultiplier);
        }
        return new Read(number, "", Kind.COUNT, from);
    }

    /** 95(%), 95（百分比）, 3（个）: a unit in brackets right behind the number, as tables print a unit column. */
    private static Read bracketed(String text, int at, BigDecimal value) {
        if (at >= text.length() || text.charAt(at) != '(') {
            return null;
        }
        int q = skipSpaces(text, at + 1);
        for (Unit u : UNITS) {
            if (writtenAt(text, q, u)) {
                int close = skipSpaces(text, q + u.written().length());
                if (close < text.length() && text.charAt(close) == ')') {
                    return new Read(convert(value, u), u.canonical(), u.kind(), close + 1);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Whether {@code unit} is written at {@code at}: Chinese units as they are; Latin ones in any case and only as
     * a whole word, so that the h of "hotline" or the min of "minimum" is no unit.
     */
    private static boolean writtenAt(String text, int at, Unit unit) {
        String written = unit.written();
        if (!isLatin(written.charAt(0))) {
            return text.startsWith(written, at);
        }
        int end = at + written.length();
        return text.regionMatches(true, at, written, 0, written.length())
                && (end >= text.length() || !isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A whole day is 1440 minutes; used when a count of days turns out to be a time limit. */
    static BigDecimal daysToMinutes(BigDecimal days) {
        return days.multiply(MINUTES_PER_DAY);
    }

    private static BigDecimal convert(BigDecimal value, Unit unit) {
        if (unit.factor() == null) {
            return value.divide(SIXTY, MathContext.DECIMAL64);
        }
        return value.multiply(unit.factor());
    }

    private static BigDecimal multiplier(String m) {
        return switch (m) {
            case "千万" -> BigDecimal.valueOf(10_000_000);
            case "百万" -> BigDecimal.valueOf(1_000_000);
            case "万" -> BigDecimal.valueOf(10_000);
            case "亿" -> BigDecimal.valueOf(100_000_000);
            case "千" -> BigDecimal.valueOf(1000);
            default -> BigDecimal.valueOf(100);
        };
    }

    private static int rateEnd(String text, int end) {
        int p = skipSpaces(text, end);
        if (p < text.length() && text.charAt(p) == '/') {
            int q = skipSpaces(text, p + 1);
            for (String d : PER) {
                if (text.startsWith(d, q)) {
                    return q + d.length();
                }
            }
        }
        return end;
    }

    static int skipSpaces(String text, int from) {
        int p = from;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }
}
