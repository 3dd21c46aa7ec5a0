package org.perfgoals.importer.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Reads the project period as units write it: 2019-1-1, 2019. 1. 1, 2019/01/01, 2019年1月1日, 20190101, or
 * only a month (2019年1月) or a year (2019年度). A period needs whole days, so a start date without a day is
 * the first day of its month and an end date without a day the last one.
 */
final class DateText {

    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4})(?:[-./年](\\d{1,2})(?:(?:[-./月](\\d{1,2})[日号]?)|月)?)?(?:年度?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    enum End { START, END }

    private DateText() {
    }

    static Optional<LocalDate> parse(String text, End end) {
        String key = HalfWidth.key(text);
        Matcher compact = COMPACT.matcher(key);
        Matcher separated = SEPARATED.matcher(key);
        try {
            if (compact.matches()) {
                return Optional.of(LocalDate.of(number(compact, 1), number(compact, 2), number(compact, 3)));
            }
            if (!separated.matches()) {
                return Optional.empty();
            }
            int year = number(separated, 1);
            if (separated.group(3) != null) {
                return Optional.of(LocalDate.of(year, number(separated, 2), number(separated, 3)));
            }
            YearMonth month = separated.group(2) != null
                    ? YearMonth.of(year, number(separated, 2))
                    : YearMonth.of(year, end == End.START ? 1 : 12);
            return Optional.of(end == End.START ? month.atDay(1) : month.atEndOfMonth());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
