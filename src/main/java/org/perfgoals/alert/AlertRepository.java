package org.perfgoals.alert;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Alerts by subject and period. The package is {@code @NullMarked}, and Spring Data refuses a null argument or
 * result a repository method does not declare {@code @Nullable}: an alert about a whole project has no indicator.
 */
public interface AlertRepository extends JpaRepository<Alert, Long>, JpaSpecificationExecutor<Alert>,
        AlertListRepository {

    @Query("""
            select a from Alert a where a.projectId = :projectId and a.year = :year and a.month = :month
            and a.status <> org.perfgoals.alert.AlertStatus.RESOLVED""")
    List<Alert> findActiveOfPeriod(long projectId, int year, int month);

    long countByStatusNot(AlertStatus status);

    long countByStatusNotAndUnitIn(AlertStatus status, Collection<String> units);

    @Query("select distinct new org.perfgoals.alert.AlertedProject(a.projectId, a.projectName) from Alert a "
            + "order by a.projectName")
    List<AlertedProject> findAlertedProjects();

    @Query("select distinct new org.perfgoals.alert.AlertedProject(a.projectId, a.projectName) from Alert a "
            + "where a.unit in (:units) order by a.projectName")
    List<AlertedProject> findAlertedProjectsOfUnits(Collection<String> units);

    @Query("select distinct a.unit from Alert a order by a.unit")
    List<String> findUnits();

    @Query("select distinct a.unit from Alert a where a.unit in (:units) order by a.unit")
    List<String> findUnitsIn(Collection<String> units);
}
