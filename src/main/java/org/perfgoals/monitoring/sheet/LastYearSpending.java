package org.perfgoals.monitoring.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.store.BudgetSpendingRepository;
import org.perfgoals.project.Project;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Last year's spending pattern of a project: the share of last year's whole spending that last year's project of the
 * same unit and name had spent by the end of the same month. One query; null when there is no such project or it
 * spent nothing.
 */
@Service
@Transactional(readOnly = true)
public class LastYearSpending {

    private static final int SCALE = 6;

    private final BudgetSpendingRepository spending;

    LastYearSpending(BudgetSpendingRepository spending) {
        this.spending = spending;
    }

    public @Nullable BigDecimal shareBy(Project project, Period period) {
        List<Object[]> months = spending.findLastYearSpendingByMonth(project.getYear() - 1,
                project.getUnit(), project.getName());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal byMonth = BigDecimal.ZERO;
        for (Object[] row : months) {
            BigDecimal amount = (BigDecimal) row[1];
            total = total.add(amount);
            if (((Number) row[0]).intValue() <= period.endMonth()) {
                byMonth = byMonth.add(amount);
            }
        }
        return total.signum() <= 0 ? null : byMonth.divide(total, SCALE, RoundingMode.HALF_UP);
    }
}
