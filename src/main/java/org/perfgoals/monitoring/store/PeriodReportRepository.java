package org.perfgoals.monitoring.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodReportRepository extends JpaRepository<PeriodReport, Long> {

    Optional<PeriodReport> findByProjectIdAndYearAndMonth(long projectId, int year, int month);

    List<PeriodReport> findByProjectIdAndYear(long projectId, int year);
}
