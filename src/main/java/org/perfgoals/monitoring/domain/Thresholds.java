package org.perfgoals.monitoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The configurable limits of the colour rules, all as ratios (0.80 = 80 %). They will come from
 * application.yml, so they are validated here rather than trusted.
 *
 * @param red                    achievement ratio below which a pro-rated row is red (default 0.60)
 * @param yellow                 achievement ratio below which it is yellow (default 0.80); a pro-rated ceiling
 *                               may be exceeded by up to 1/yellow − 1 (25 %) before the row turns red
 * @param blue                   achievement ratio from which it is blue, far over target (default 1.20)
 * @param approxTolerance        relative deviation still counted as "about" (左右) the target (default 0.05)
 * @param yearEndExecutionFloor  budget execution rate under which the year end needs a written reason (0.90)
 */
public record Thresholds(BigDecimal red, BigDecimal yellow, BigDecimal blue, BigDecimal approxTolerance,
                         BigDecimal yearEndExecutionFloor) {

    public Thresholds {
        Objects.requireNonNull(red, "red");
        Objects.requireNonNull(yellow, "yellow");
        Objects.requireNonNull(blue, "blue");
        Objects.requireNonNull(approxTolerance, "approxTolerance");
        Objects.requireNonNull(yearEndExecutionFloor, "yearEndExecutionFloor");
        if (red.signum() <= 0 || red.compareTo(yellow) >= 0 || yellow.compareTo(BigDecimal.ONE) > 0
                || blue.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException(
                    "need 0 < red < yellow ≤ 1 < blue: red=" + red + " yellow=" + yellow + " blue=" + blue);
        }
        if (approxTolerance.signum() < 0 || approxTolerance.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("need 0 ≤ approxTolerance < 1: " + approxTolerance);
        }
        if (yearEndExecutionFloor.signum() <= 0 || yearEndExecutionFloor.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("need 0 < yearEndExecutionFloor ≤ 1: " + yearEndExecutionFloor);
        }
    }

    /** The rules of a deployed provincial system: 0.60, 0.80, 1.20, 5 % tolerance, 90 % floor. */
    public static Thresholds defaults() {
        return new Thresholds(new BigDecimal("0.60"), new BigDecimal("0.80"), new BigDecimal("1.20"),
                new BigDecimal("0.05"), new BigDecimal("0.90"));
    }

    /**
     * The colour of an achievement ratio against a pro-rated target. Each band includes its lower bound:
     * [0, red) red, [red, yellow) yellow, [yellow, blue) green, [blue, ∞) blue.
     */
    Status band(BigDecimal ratio) {
        if (ratio.compareTo(red) < 0) {
            return Status.RED;
        }
        if (ratio.compareTo(yellow) < 0) {
            return Status.YELLOW;
        }
        return ratio.compareTo(blue) < 0 ? Status.GREEN : Status.BLUE;
    }
}
