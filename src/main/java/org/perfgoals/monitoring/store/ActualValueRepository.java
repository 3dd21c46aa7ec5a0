package org.perfgoals.monitoring.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActualValueRepository extends JpaRepository<ActualValue, Long> {

    /** A project's values of one year up to and including a period's last month. */
    @EntityGraph(attributePaths = "parts")
    List<ActualValue> findByProjectIdAndYearAndMonthLessThanEqual(long projectId, int year, int month);

    Optional<ActualValue> findByIndicatorIdAndYearAndMonth(long indicatorId, int year, int month);

    long countByProjectId(long projectId);

    @Query("select distinct a.indicatorId from ActualValue a where a.projectId = :projectId")
    List<Long> findIndicatorIdsWithValues(long projectId);

    /**
     * For each indicator of the project: the numeric values of the indicator of the same name in last year's project
     * of the same unit and name, as {indicator id, value, last year, month}, oldest month first.
     */
    @Query("""
            select i.id, av.numericValue, lp.year, av.month
            from Project p join p.indicators i, Project lp join lp.indicators li, ActualValue av
            where p.id = :projectId and lp.year = p.year - 1 and lp.unit = p.unit and lp.name = p.name
              and li.name = i.name and av.indicatorId = li.id and av.year = lp.year and av.numericValue is not null
            order by av.month""")
    List<Object[]> findLastYearValues(long projectId);
}
