package org.perfgoals.monitoring.read;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.monitoring.domain.scoring.SchemeWeights;
import org.perfgoals.monitoring.domain.scoring.WeightKey;

/**
 * How a project's indicators are weighted: the scheme, each indicator's points, and whether the current user may
 * change them. Plain values, so it can leave the transaction.
 */
public record ProjectWeighting(long projectId, SchemeWeights scheme, List<IndicatorWeight> indicators,
                               boolean changeable) {

    public record IndicatorWeight(long id, String level1, String level2, String name, BigDecimal weight) {
    }

    public ProjectWeighting {
        indicators = List.copyOf(indicators);
    }

    public static ProjectWeighting of(long projectId, SchemeWeights scheme, List<IndicatorRecord> indicators,
                                      boolean changeable) {
        return new ProjectWeighting(projectId, scheme, indicators.stream().map(indicator -> new IndicatorWeight(
                indicator.id(), new WeightKey(indicator.level1(), null, 0).level1(), indicator.level2(),
                indicator.name(), indicator.weight() == null ? BigDecimal.ZERO : indicator.weight()))
                .toList(), changeable);
    }

    /** The points each 一级 carries in all (the sum of its indicators' weights), in the order of the form. */
    public Map<String, BigDecimal> level1Points() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        indicators.forEach(indicator -> points.merge(indicator.level1(), indicator.weight(), BigDecimal::add));
        return points;
    }
}
