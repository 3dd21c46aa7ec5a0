package org.perfgoals.indicator.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Reads small Chinese numerals (一, 十五, 九十五, 两百) and plain digits; enough for 千分之一 or 两小时. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or null when the text is not a numeral this class knows. */
    static @Nullable BigDecimal value(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.matches("[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(text);
        }
        long total = 0;
        long digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit >= 0) {
                    return null; // 一二: a sequence of digits is not a numeral we read
                }
                digit = d;
            } else {
                long unit = switch (c) {
                    case '十' -> 10;
                    case '百' -> 100;
                    case '千' -> 1000;
                    default -> -1;
                };
                if (unit < 0) {
                    return null;
                }
                total += (digit < 0 ? 1 : digit) * unit; // 十五: a leading 十 means 一十
                digit = -1;
            }
        }
        if (digit > 0) {
            total += digit;
        }
        return BigDecimal.valueOf(total);
    }
}
