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
}
