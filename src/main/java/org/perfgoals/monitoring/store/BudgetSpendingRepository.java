package org.perfgoals.monitoring.store;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BudgetSpendingRepository extends JpaRepository<BudgetSpending, Long> {

    List<BudgetSpending> findByProjectIdAndYearAndMonthLessThanEqual(long projectId, int year, int month);

    long countByProjectId(long projectId);

    /**
     * What last year's project of the same unit and name spent per month, as {month, amount}, by month: the pattern
     * this year's spending forecast follows.
     */
    @Query("""
            select bs.month, sum(bs.amount)
            from Project p, Project lp, BudgetSpending bs
            where p.id = :projectId and lp.year = p.year - 1 and lp.unit = p.unit and lp.name = p.name
              and bs.projectId = lp.id and bs.year = lp.year
            group by bs.month
            order by bs.month""")
    List<Object[]> findLastYearSpendingByMonth(long projectId);

    @Query("select distinct b.budgetItemId from BudgetSpending b where b.projectId = :projectId")
    List<Long> findBudgetItemIdsWithSpending(long projectId);
}
