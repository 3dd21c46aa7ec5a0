package org.perfgoals.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.project.Project;
import org.perfgoals.monitoring.domain.scoring.WeightKey;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;

/** Gives every indicator of a project its weight under the project's scheme (equal within levels by default). */
public final class ProjectWeights {

    private ProjectWeights() {
    }

    public static WeightScheme scheme(Project project) {
        return "national".equals(project.getWeightScheme()) ? WeightScheme.national() : WeightScheme.equal();
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
