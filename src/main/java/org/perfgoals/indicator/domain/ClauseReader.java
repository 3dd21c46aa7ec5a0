package org.perfgoals.indicator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of one clause. A number counts as a target only when a comparator is attached to it or it
 * is the clause's main content (it ends the clause, behind at most a label); any other number (12333热线,
 * 365天24小时 in a description) is ignored, since a wrong number is worse than none.
 */
final class ClauseReader {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:-|~|至|到)\\s*");
    private static final Pattern IMMEDIATE = Pattern.compile("^(.*?)(?:立即|即时|立刻|马上)(.*)$");
    /** A bare number without unit is a target only behind a label naming a measure (人数, 比率, 金额 …). */
    private static final Pattern MEASURE_LABEL = Pattern.compile(".*[数率量额值度]$");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s。.!！]*");

    /** A number with what follows it; {@code end} is after the unit. */
    private record Candidate(int start, int numberEnd, BigDecimal number, Units.Read unit) {
    }

    private ClauseReader() {
    }

    /**
     * @param text   the clause, normalised
     * @param hidden the same clause with non-target digits hidden (see {@link NonTargetNumbers})
     */
    static ClauseReading read(String text, String hidden) {
        List<Candidate> candidates = candidates(hidden);
        if (candidates.isEmpty()) {
            return immediate(text);
        }
        if (candidates.size() == 2) {
            ClauseReading range = range(text, hidden, candidates.get(0), candidates.get(1));
            if (range != null) {
                return range;
            }
        }
        List<ClauseReading.Single> singles = new ArrayList<>();
        int segmentStart = 0;
        for (Candidate c : candidates) {
            ClauseReading.Single single = attached(text, hidden, segmentStart, c);
            if (single != null) {
                singles.add(single);
            }
            segmentStart = c.unit().end();
        }
        return switch (singles.size()) {
            case 0 -> new ClauseReading.Nothing();
            case 1 -> singles.getFirst();
            default -> new ClauseReading.Ambiguous();
        };
    }

    private static List<Candidate> candidates(String hidden) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(hidden);
        while (m.find()) {
            int before = m.start() - 1;
            if (before >= 0 && isGlued(hidden.charAt(before))) {
                continue;
            }
            BigDecimal number = new BigDecimal(m.group());
            out.add(new Candidate(m.start(), m.end(), number, Units.read(hidden, m.end(), number)));
        }
        return out;
    }

    /** A number glued to a letter, hidden digit or dot is part of something else (H5, 1e999, 2019.5). */
    private static boolean isGlued(char c) {
        return c == NonTargetNumbers.HIDDEN || c == '.' || c < 128 && Character.isLetter(c);
    }

    private static ClauseReading.Single attached(String text, String hidden, int segmentStart, Candidate c) {
        String before = hidden.substring(segmentStart, c.start());
        String after = hidden.substring(c.unit().end());
        Units.Kind kind = c.unit().kind();
        boolean durationOrPercent = Units.isDuration(kind) || kind == Units.Kind.PERCENT;
        ComparatorWords.Found strong = ComparatorWords.strongPrefix(before);
        ComparatorWords.Found suffix = ComparatorWords.suffix(after, durationOrPercent);
        ComparatorWords.Found weak = strong == null ? ComparatorWords.weakPrefix(before) : null;
        ComparatorWords.Found prefix = strong != null ? strong : weak;
        int labelEnd = segmentStart + (prefix == null ? before.length() : prefix.at());
        String label = ComparatorWords.cleanLabel(text.substring(segmentStart, labelEnd));
        String rest = suffix == null ? after : after.substring(suffix.at());

        if (c.unit().unit().isEmpty() && suffix == null && startsWithWord(after)) {
            return null; // 12333热线, 3级: the number is part of a name
        }
        Comparator comparator;
        if (strong != null) {
            comparator = strong.comparator();
        } else if (suffix != null) {
            comparator = suffix.comparator();
        } else if (weak != null) {
            comparator = weak.comparator();
        } else if (isMainContent(label, rest, c, hidden.substring(segmentStart, c.start()))) {
            comparator = Comparator.GE; // a bare value is a level to reach (达到)
        } else {
            return null;
        }
        boolean defaultFloor = strong == null && suffix == null && comparator == Comparator.GE;
        if ((defaultFloor || comparator == Comparator.EQ) && c.unit().value().signum() == 0) {
            // 0起, =0起, 事故发生率为0: a floor of 0 says nothing (= reads as "reach"), the target is "none"
            comparator = Comparator.LE;
        }
        return new ClauseReading.Single(label, quantity(comparator, c.unit(), label));
    }

    private static boolean isMainContent(String label, String rest, Candidate c, String hiddenBefore) {
        if (!END_PUNCTUATION.matcher(rest).matches() || hiddenBefore.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (label.length() > 30) {
            return false; // a long sentence ending in a number is a description, not a target
        }
        return !c.unit().unit().isEmpty() || label.isEmpty() || MEASURE_LABEL.matcher(label).matches();
    }

    private static boolean startsWithWord(String after) {
        String text = after.stripLeading();
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }

    /**
     * Canonical quantity. Days are the one unit read two ways: under a limit (≤, <, 内: 3天内办结) they are a
     * time limit and become minutes like 小时 and 秒; otherwise (培训天数不少于5天, 约3天) they are a count of
     * days and keep the unit 天, since 5 days of training are not 7200 minutes of it. Working days (工作日)
     * are never minutes: their length depends on the calendar.
     */
    static Target.Quantitative quantity(Comparator comparator, Units.Read read, String label) {
        BigDecimal value = read.value();
        String unit = read.unit();
        if (read.kind() == Units.Kind.DAYS && (comparator == Comparator.LE || comparator == Comparator.LT)) {
            value = Units.daysToMinutes(value);
            unit = "分钟";
        }
        if (unit.isEmpty()) {
            unit = unitFromLabel(label);
        }
        return new Target.Quantitative(comparator, Numbers.canonical(value), unit);
    }

    /** 完成鉴定人数40万左右: the label names the unit the number leaves out. */
    private static String unitFromLabel(String label) {
        if (label.contains("人次")) {
            return "人次";
        }
        if (label.endsWith("人数") || label.endsWith("人")) {
            return "人";
        }
        for (String counted : List.of("次", "户", "件", "个", "项", "家", "场")) {
            if (label.endsWith(counted + "数")) {
                return counted;
            }
        }
        return "";
    }

    private static ClauseReading range(String text, String hidden, Candidate low, Candidate high) {
        String between = hidden.substring(low.unit().end(), high.start());
        if (!RANGE_SEPARATOR.matcher(between).matches()) {
            return null;
        }
        Units.Read lowRead = low.unit();
        if (lowRead.unit().isEmpty() && !high.unit().unit().isEmpty()) {
            // 95-98%: the low number takes the unit written after the high one
            String unitText = hidden.substring(high.numberEnd(), high.unit().end());
            Units.Read read = Units.read(unitText, 0, low.number());
            lowRead = new Units.Read(read.value(), read.unit(), read.kind(), low.unit().end());
        }
        if (!lowRead.unit().equals(high.unit().unit()) || lowRead.value().compareTo(high.unit().value()) > 0) {
            return new ClauseReading.Ambiguous();
        }
        String rest = hidden.substring(high.unit().end());
        ComparatorWords.Found suffix = ComparatorWords.suffix(rest, true);
        if (suffix != null && suffix.comparator() != Comparator.LE) {
            return new ClauseReading.Ambiguous();
        }
        String label = ComparatorWords.cleanLabel(text.substring(0, low.start()));
        Units.Read highRead = high.unit();
        Target.Quantitative lowTarget = new Target.Quantitative(Comparator.GE, Numbers.canonical(lowRead.value()),
                lowRead.unit().isEmpty() ? unitFromLabel(label) : lowRead.unit());
        Target.Quantitative highTarget = new Target.Quantitative(Comparator.LE, Numbers.canonical(highRead.value()),
                lowTarget.unit());
        return new ClauseReading.Range(label, lowTarget, highTarget);
    }

    private static ClauseReading immediate(String text) {
        Matcher m = IMMEDIATE.matcher(text);
        if (!m.matches()) {
            return new ClauseReading.Nothing();
        }
        String label = ComparatorWords.cleanLabel(m.group(1));
        return new ClauseReading.Immediate(label.isEmpty() ? m.group(2).strip() : label);
    }
}
