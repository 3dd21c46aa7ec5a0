package org.perfgoals.monitoring.store;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BudgetSpendingRepository extends JpaRepository<BudgetSpending, Long> {

    List<BudgetSpending> findByProjectIdAndYearAndMonthLessThanEqual(long projectId, int year, int month);

    long countByProjectId(long projectId);

    @Query("select distinct b.budgetItemId from BudgetSpending b where b.projectId = :projectId")
    List<Long> findBudgetItemIdsWithSpending(long projectId);
}
