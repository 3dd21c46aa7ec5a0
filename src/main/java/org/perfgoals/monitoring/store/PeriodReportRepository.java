package org.perfgoals.monitoring.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PeriodReportRepository extends JpaRepository<PeriodReport, Long> {

    Optional<PeriodReport> findByProjectIdAndYearAndMonth(long projectId, int year, int month);

    List<PeriodReport> findByProjectIdAndYear(long projectId, int year);

    /**
     * Locks the project's row until the transaction ends, so that saves of one project follow each other instead of
     * all but one failing at their commit and starting again (SQL both H2 and PostgreSQL speak).
     */
    @Query(value = "select id from project where id = :projectId for update", nativeQuery = true)
    List<Long> lockProject(long projectId);
}
