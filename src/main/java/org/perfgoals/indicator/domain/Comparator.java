package org.perfgoals.indicator.domain;

/** How an actual value is compared with a quantitative target value. */
public enum Comparator {
    GE("≥", Polarity.HIGHER_IS_BETTER),
    GT(">", Polarity.HIGHER_IS_BETTER),
    EQ("=", Polarity.HIGHER_IS_BETTER),
    LE("≤", Polarity.LOWER_IS_BETTER),
    LT("<", Polarity.LOWER_IS_BETTER),
    /** 左右: within a tolerance of the value, neither a floor nor a ceiling. */
    APPROX("≈", Polarity.CLOSER_IS_BETTER);

    private final String symbol;
    private final Polarity polarity;

    Comparator(String symbol, Polarity polarity) {
        this.symbol = symbol;
        this.polarity = polarity;
    }

    public String symbol() {
        return symbol;
    }

    public Polarity polarity() {
        return polarity;
    }

    /**
     * Whether {@code value} satisfies "this {@code limit}". {@code =} reads as "reach the value" (≥), as forms
     * write = 100% for "all of it". 左右 holds only at the value itself: approximate targets have tolerance rules.
     */
    public boolean holds(java.math.BigDecimal value, java.math.BigDecimal limit) {
        int c = value.compareTo(limit);
        return switch (this) {
            case GE, EQ -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case APPROX -> c == 0;
        };
    }
}
