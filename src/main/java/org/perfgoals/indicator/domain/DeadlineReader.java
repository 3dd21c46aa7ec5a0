package org.perfgoals.indicator.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a completion date (2019年12月底前 → 2019-12-31, 6月30日之前, 年底前). A date without a year needs the
 * form's year; without one the reader says so, and the parser keeps the text as a qualitative target.
 */
final class DeadlineReader {

    sealed interface Result {
    }

    record None() implements Result {
    }

    record Found(LocalDate date, String expected) implements Result {
    }

    /** A date phrase that names no year, and no year was given. */
    record NeedsYear() implements Result {
    }

    private static final String BEFORE = "\\s*(?:前|之前|以前)";
    private static final String YEAR = "(?:((?:19|20)[0-9]{2})\\s*年\\s*)";

    private static final List<Pattern> DAY_PATTERNS = List.of(
            Pattern.compile("(?:截止|截至|于|在)?\\s*" + YEAR + "?([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]" + BEFORE),
            Pattern.compile("(?:截止|截至|于|在)?\\s*((?:19|20)[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})" + BEFORE),
            Pattern.compile("(?:截止|截至)(?:时间|日期)?[:：]?\\s*" + YEAR + "([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]"));
    private static final Pattern MONTH_END =
            Pattern.compile("(?:截止|截至|于|在)?\\s*" + YEAR + "?([0-9]{1,2})\\s*月份?\\s*(?:底|末)(?:" + BEFORE + ")?");
    private static final Pattern YEAR_END =
            Pattern.compile("(?:截止|截至|于|在)?\\s*(?:((?:19|20)[0-9]{2})\\s*(?:年\\s*)?|(?<![0-9零一二三四五六七八九十两几多每]))"
                    + "(?:年底|年末|年内|年度内)(?:" + BEFORE + ")?");

    private DeadlineReader() {
    }

    static Result read(String text, Integer defaultYear) {
        try {
            for (Pattern p : DAY_PATTERNS) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    Integer year = year(m.group(1), defaultYear);
                    return year == null ? new NeedsYear() : found(text, m,
                            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                }
            }
            Matcher m = MONTH_END.matcher(text);
            if (m.find()) {
                Integer year = year(m.group(1), defaultYear);
                return year == null ? new NeedsYear()
                        : found(text, m, YearMonth.of(year, Integer.parseInt(m.group(2))).atEndOfMonth());
            }
            m = YEAR_END.matcher(text);
            if (m.find() && !m.group().isBlank()) {
                Integer year = year(m.group(1), defaultYear);
                return year == null ? new NeedsYear() : found(text, m, LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return new None(); // 2月30日: not a date, so not a deadline
        }
        return new None();
    }

    private static Integer year(String written, Integer defaultYear) {
        return written != null ? Integer.valueOf(written) : defaultYear;
    }

    /** What must be done is what is left of the text around the date (2019年12月底前完成建设 → 完成建设). */
    private static Found found(String text, Matcher m, LocalDate date) {
        String rest = (text.substring(0, m.start()) + text.substring(m.end()))
                .replaceAll("^[\\s,，;；。:：、]+|[\\s,，;；。:：、]+$", "");
        return new Found(date, rest);
    }
}
