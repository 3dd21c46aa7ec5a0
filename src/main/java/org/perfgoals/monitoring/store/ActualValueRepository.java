package org.perfgoals.monitoring.store;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface ActualValueRepository extends JpaRepository<ActualValue, Long> {

    /** A project's values of one year up to and including a period's last month. */
    @EntityGraph(attributePaths = "parts")
    List<ActualValue> findByProjectIdAndYearAndMonthLessThanEqual(long projectId, int year, int month);

    Optional<ActualValue> findByIndicatorIdAndYearAndMonth(long indicatorId, int year, int month);

    long countByProjectId(long projectId);

    @Query("select distinct a.indicatorId from ActualValue a where a.projectId = :projectId")
    List<Long> findIndicatorIdsWithValues(long projectId);

    /**
     * For each indicator of the project: the numeric values of the indicator of the same name in the project of
     * {@code lastYear} with the unit and name, as {indicator id, value, last year, month}, oldest month first. Last
     * year's project is found by its key as given values (its index; a join on {@code p.year - 1} scanned every
     * project), and nothing is flushed first (this year's pending changes are not what it reads).
     */
    @Query("""
            select i.id, av.numericValue, lp.year, av.month
            from Project p join p.indicators i, Project lp join lp.indicators li, ActualValue av
            where p.id = :projectId and lp.year = :lastYear and lp.unit = :unit and lp.name = :name
              and li.name = i.name and av.indicatorId = li.id and av.year = lp.year and av.numericValue is not null
            order by av.month""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<Object[]> findLastYearValues(long projectId, int lastYear, String unit, String name);
}
