package org.perfgoals.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.monitoring.domain.scoring.SchemeWeights;
import org.perfgoals.monitoring.domain.scoring.WeightKey;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;
import org.perfgoals.project.Project;

/** Gives every indicator of a project its weight under the project's scheme (equal within levels by default). */
public final class ProjectWeights {

    private ProjectWeights() {
    }

    public static SchemeWeights scheme(Project project) {
        return switch (WeightScheme.ofCode(project.getWeightScheme()).orElse(WeightScheme.EQUAL)) {
            case NATIONAL -> SchemeWeights.national();
            case CUSTOM -> SchemeWeights.custom(inFormOrder(project));
            case EQUAL -> SchemeWeights.equal();
        };
    }

    /** The stored points (a map without order) in the order of the form's 一级, so that pages list them so. */
    private static Map<String, java.math.BigDecimal> inFormOrder(Project project) {
        Map<String, java.math.BigDecimal> ordered = new java.util.LinkedHashMap<>();
        level1s(project).forEach(level1 -> {
            if (project.getLevel1Points().containsKey(level1)) {
                ordered.put(level1, project.getLevel1Points().get(level1));
            }
        });
        project.getLevel1Points().forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The 一级 of the project's indicators, each once, in the order of the form. */
    public static List<String> level1s(Project project) {
        return project.getIndicators().stream().map(indicator -> new WeightKey(indicator.getLevel1(), null, 0).level1())
                .distinct().toList();
    }

    public static void apply(Project project) {
        List<Indicator> indicators = project.getIndicators();
        List<WeightKey> keys = new ArrayList<>();
        // Positions stand in for ids: a project being imported has none yet.
        for (int i = 0; i < indicators.size(); i++) {
            keys.add(new WeightKey(indicators.get(i).getLevel1(), indicators.get(i).getLevel2(), i));
        }
        if (keys.isEmpty()) {
            return;
        }
        Map<Long, java.math.BigDecimal> weights = scheme(project).weigh(keys);
        for (int i = 0; i < indicators.size(); i++) {
            indicators.get(i).setWeight(weights.get((long) i));
        }
    }
}
