package org.perfgoals.monitoring.store;

import org.perfgoals.monitoring.read.ChangeSubject;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ValueChangeRepository extends JpaRepository<ValueChange, Long> {

    List<ValueChange> findBySubjectTypeAndSubjectIdAndYearAndMonthOrderByIdDesc(ChangeSubject subjectType,
                                                                               long subjectId, int year, int month);

    List<ValueChange> findByProjectIdAndYearAndMonthAndReportVersionGreaterThanOrderById(long projectId, int year,
                                                                                         int month, long version);
}
