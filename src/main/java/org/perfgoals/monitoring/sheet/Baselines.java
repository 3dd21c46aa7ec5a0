package org.perfgoals.monitoring.sheet;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.read.Baseline;
import org.perfgoals.monitoring.store.ActualValueRepository;
import org.perfgoals.project.Project;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the baseline of each relative target of a project: the one a manager entered, otherwise last year's value
 * of the same indicator in last year's project of the same unit and name. Queries only when a relative target
 * lacks an entered baseline, which most projects never have.
 */
@Service
@Transactional(readOnly = true)
public class Baselines {

    private final ActualValueRepository actuals;

    Baselines(ActualValueRepository actuals) {
        this.actuals = actuals;
    }

    /** Whether a relative target of the project waits for last year's value: no manager entered its baseline. */
    public static boolean needLastYear(Project project) {
        return project.getIndicators().stream()
                .anyMatch(indicator -> indicator.getTarget() instanceof Target.Relative
                        && indicator.getBaseline() == null);
    }

    /** Indicator id → baseline, for the project's relative targets that have one. */
    public Map<Long, Baseline> of(Project project) {
        Map<Long, Baseline> baselines = new HashMap<>();
        Set<Long> lacking = new HashSet<>();
        for (Indicator indicator : project.getIndicators()) {
            if (indicator.getTarget() instanceof Target.Relative) {
                if (indicator.getBaseline() != null) {
                    baselines.put(indicator.getId(), Baseline.entered(indicator.getBaseline()));
                } else {
                    lacking.add(indicator.getId());
                }
            }
        }
        if (!lacking.isEmpty()) {
            // oldest month first: the latest value of last year is the one that stays
            for (Object[] row : actuals.findLastYearValues(project.getId(), project.getYear() - 1,
                    project.getUnit(), project.getName())) {
                long indicatorId = ((Number) row[0]).longValue();
                if (lacking.contains(indicatorId)) {
                    baselines.put(indicatorId, new Baseline((BigDecimal) row[1], ((Number) row[2]).intValue(),
                            ((Number) row[3]).intValue()));
                }
            }
        }
        return baselines;
    }
}
