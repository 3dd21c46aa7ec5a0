package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the points a unit gives each 一级 of a project before they become its custom weights: every 一级 of the
 * project once, none it does not have, each between 0 and 100 with at most {@value Weights#SCALE} decimals, and
 * 100 in all, so that the score out of 100 means what it says. Problems are returned, not thrown, so a screen can
 * show all of them at once next to the fields they concern.
 */
public final class Level1PointsCheck {

    /** A refused input; {@code level1} is null for the sum. */
    public record Problem(@Nullable String level1, String code, List<String> args) {
        public Problem {
            args = List.copyOf(args);
        }
    }

    private Level1PointsCheck() {
    }

    /**
     * @param projectLevel1s the 一级 of the project's indicators as the forms name them (blank → 未分级)
     * @param points         what the unit typed per 一级; a null value means the field was left empty
     */
    public static List<Problem> check(Collection<String> projectLevel1s, Map<String, BigDecimal> points) {
        Set<String> present = new LinkedHashSet<>();
        projectLevel1s.forEach(level1 -> present.add(normalised(level1)));
        List<Problem> problems = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        points.forEach((level1, value) -> {
            String key = normalised(level1);
            named.add(key);
            if (!present.contains(key)) {
                problems.add(new Problem(key, "weights.unknownLevel1", List.of(key, String.join("、", present))));
            } else if (value == null) {
                problems.add(new Problem(key, "weights.missing", List.of(key)));
            } else if (value.signum() < 0 || value.compareTo(Weights.HUNDRED) > 0) {
                problems.add(new Problem(key, "weights.outOfRange", List.of(key, value.toPlainString())));
            } else if (value.stripTrailingZeros().scale() > Weights.SCALE) {
                problems.add(new Problem(key, "weights.tooPrecise", List.of(key, value.toPlainString(),
                        String.valueOf(Weights.SCALE))));
            }
        });
        present.stream().filter(level1 -> !named.contains(level1))
                .forEach(level1 -> problems.add(new Problem(level1, "weights.missing", List.of(level1))));
        if (problems.isEmpty()) {
            BigDecimal sum = points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(Weights.HUNDRED) != 0) {
                problems.add(new Problem(null, "weights.sumNot100", List.of(sum.stripTrailingZeros().toPlainString())));
            }
        }
        return problems;
    }

    /** The points under the 一级 names the weights use (trimmed; blank → 未分级), in the order given. */
    public static Map<String, BigDecimal> normalised(Map<String, BigDecimal> points) {
        Map<String, BigDecimal> result = new java.util.LinkedHashMap<>();
        points.forEach((level1, value) -> result.put(normalised(level1), value));
        return result;
    }

    private static String normalised(String level1) {
        return new WeightKey(level1, null, 0).level1();
    }
}
