package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.monitoring.domain.ActualInput;

/**
 * Reads the points a unit typed per 一级 (in a screen's fields, or sent to the REST API as numbers or texts) as
 * {@link ActualInput} reads a bare number: full-width digits fold, letters are refused with the 一级 named, an empty
 * field is a missing value that {@link Level1PointsCheck} then names. Both the REST API and the weights form read
 * with it; what it reads goes on to {@link Level1PointsCheck}.
 */
public final class Level1PointsInput {

    /**
     * The points read, in the order typed (null for a field left empty), and a problem for each text that is no
     * number (nothing in {@code points} for it).
     */
    public record Read(Map<String, BigDecimal> points, List<Level1PointsCheck.Problem> problems) {
        public Read {
            points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
            problems = List.copyOf(problems);
        }

        public boolean readable() {
            return problems.isEmpty();
        }
    }

    private Level1PointsInput() {
    }

    /** @param typed what was typed or sent per 一级; a null text is an empty field */
    public static Read read(Map<String, String> typed) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        List<Level1PointsCheck.Problem> problems = new ArrayList<>();
        typed.forEach((level1, written) -> {
            ActualInput.ParsedNumber parsed = ActualInput.parse(written, "", false);
            if (parsed.isValid()) {
                points.put(level1, parsed.value());
            } else if (ActualInput.EMPTY.equals(parsed.error())) {
                points.put(level1, null);
            } else {
                problems.add(new Level1PointsCheck.Problem(level1, parsed.error(), List.of(written)));
            }
        });
        return new Read(points, problems);
    }

    /** The sum of the points that read as numbers, for a running total while typing. */
    public static BigDecimal sumOfReadable(Map<String, String> typed) {
        return read(typed).points().values().stream().filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
