package org.perfgoals.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetSpendingRepository extends JpaRepository<BudgetSpending, Long> {

    List<BudgetSpending> findByProjectIdAndYearAndMonthLessThanEqual(long projectId, int year, int month);

    long countByProjectId(long projectId);
}
