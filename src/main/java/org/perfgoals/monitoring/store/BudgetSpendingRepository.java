package org.perfgoals.monitoring.store;

import jakarta.persistence.QueryHint;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface BudgetSpendingRepository extends JpaRepository<BudgetSpending, Long> {

    List<BudgetSpending> findByProjectIdAndYearAndMonthLessThanEqual(long projectId, int year, int month);

    long countByProjectId(long projectId);

    /**
     * What the project of {@code lastYear} with the unit and name spent per month, as {month, amount}, by month: the
     * pattern this year's spending forecast follows. Found by the project key as given values, so the key's index
     * finds it (a join on {@code p.year - 1} scanned every project); not flushed first: a save asks it while it
     * holds this year's changes, which last year's rows do not see.
     */
    @Query("""
            select bs.month, sum(bs.amount)
            from Project lp, BudgetSpending bs
            where lp.year = :lastYear and lp.unit = :unit and lp.name = :name
              and bs.projectId = lp.id and bs.year = lp.year
            group by bs.month
            order by bs.month""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<Object[]> findLastYearSpendingByMonth(int lastYear, String unit, String name);

    @Query("select distinct b.budgetItemId from BudgetSpending b where b.projectId = :projectId")
    List<Long> findBudgetItemIdsWithSpending(long projectId);
}
