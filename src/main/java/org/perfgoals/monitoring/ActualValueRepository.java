package org.perfgoals.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActualValueRepository extends JpaRepository<ActualValue, Long> {

    /** A project's values of one year up to and including a period's last month. */
    @EntityGraph(attributePaths = "parts")
    List<ActualValue> findByProjectIdAndYearAndMonthLessThanEqual(long projectId, int year, int month);

    Optional<ActualValue> findByIndicatorIdAndYearAndMonth(long indicatorId, int year, int month);

    long countByProjectId(long projectId);
}
