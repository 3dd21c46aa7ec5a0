package org.perfgoals.project;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface ProjectRepository extends JpaRepository<Project, Long>, ProjectSummaryQueries {

    /**
     * The id alone, without flushing first: a save asks it after writing its values, and a flush there would
     * dirty-check every entity the save holds for a query of the project table, which the save does not change.
     */
    @Query("select p.id from Project p where p.year = :year and p.unit = :unit and p.name = :name")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<Long> findIdByYearAndUnitAndName(int year, String unit, String name);

    /** Candidates for many (year, unit, name) keys at once; the importer keeps those whose unit matches too. */
    List<Project> findByYearInAndNameIn(Collection<Integer> years, Collection<String> names);

    @EntityGraph(attributePaths = "budgetItems")
    Optional<Project> findWithBudgetItemsById(long id);

    @Query("select new org.perfgoals.project.ProjectRef(p.id, p.unit) from Project p where p.id = :id")
    Optional<ProjectRef> findRefById(long id);

    @Query("select new org.perfgoals.project.ProjectRef(p.id, p.unit) from Project p join p.indicators i"
            + " where i.id = :indicatorId")
    Optional<ProjectRef> findRefByIndicatorId(long indicatorId);

    @Query("select new org.perfgoals.project.ProjectRef(p.id, p.unit) from Project p join p.budgetItems b"
            + " where b.id = :budgetItemId")
    Optional<ProjectRef> findRefByBudgetItemId(long budgetItemId);

    @Query("select p.year from Project p where p.id = :id")
    Optional<Integer> findYearById(long id);

    @Query("select p.id from Project p order by p.id")
    List<Long> findAllIds();

    @Query("select p.id from Project p where p.unit in (:units) order by p.id")
    List<Long> findIdsOfUnits(Collection<String> units);
}
