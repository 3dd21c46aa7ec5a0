package org.perfgoals.indicator.domain;

import java.math.BigDecimal;

/** Plain spelling of a decimal: no exponent, no trailing zeros (98.00 → 98, 1E+2 → 100). */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal value) {
        return canonical(value).toPlainString();
    }

    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
