package org.perfgoals.monitoring.store;

import java.util.List;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ValueChangeRepository extends JpaRepository<ValueChange, Long> {

    List<ValueChange> findBySubjectTypeAndSubjectIdAndYearAndMonthOrderByIdDesc(ChangeSubject subjectType,
                                                                               long subjectId, int year, int month);

    List<ValueChange> findByProjectIdAndYearAndMonthAndReportVersionGreaterThanOrderById(long projectId, int year,
                                                                                         int month, long version);
}
