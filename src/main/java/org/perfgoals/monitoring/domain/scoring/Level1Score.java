package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One 一级's part of a self-evaluation.
 *
 * @param level1    the 一级
 * @param weight    the points its lines were given, all of them, as weighted (4 decimals)
 * @param points    the points earned, rescaled like the total (2 decimals HALF_UP)
 * @param maxPoints the points it could have earned after rescaling: 0 when none of its lines applies
 *                  (2 decimals HALF_UP)
 */
public record Level1Score(String level1, BigDecimal weight, BigDecimal points, BigDecimal maxPoints) {

    public Level1Score {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(maxPoints, "maxPoints");
    }
}
