package org.perfgoals.monitoring.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingDeadlineRepository extends JpaRepository<ReportingDeadline, Long> {

    List<ReportingDeadline> findByYearIn(Collection<Integer> years);

    Optional<ReportingDeadline> findByYearAndMonth(int year, int month);
}
