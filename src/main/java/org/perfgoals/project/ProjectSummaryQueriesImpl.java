package org.perfgoals.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.perfgoals.security.ReadScope;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Builds the list query from only the filters that are set, because "(:x is null or …)" predicates defeat
 * indexes and make PostgreSQL guess parameter types. Sorting is limited to the columns the list shows. Every query
 * carries the reader's {@link ReadScope} as {@code p.unit in (:units)} (nothing at all for an empty scope).
 */
class ProjectSummaryQueriesImpl implements ProjectSummaryQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "year", "p.year",
            "department", "p.unit",
            "name", "p.name",
            "projectType", "p.projectType",
            "currentYearBudget", "p.currentYearBudget",
            "indicatorCount", "size(p.indicators)",
            "warningCount", "size(p.warnings)");

    private static final String SELECT = """
            select new org.perfgoals.project.ProjectSummary(p.id, p.year, p.unit, p.name, p.projectType,
                   p.currentYearBudget, size(p.indicators), size(p.warnings))
            from Project p""";

    private final EntityManager entityManager;

    ProjectSummaryQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ProjectSummary> findSummaries(ProjectFilter filter, ReadScope scope, Pageable pageable) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, scope, parameters);
        TypedQuery<ProjectSummary> query = entityManager.createQuery(SELECT + where + orderBy(pageable.getSort()),
                ProjectSummary.class);
        parameters.forEach(query::setParameter);
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        return query.getResultList();
    }

    @Override
    public Optional<ProjectSummary> findSummary(long id, ReadScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>(List.of("p.id = :id"));
        parameters.put("id", id);
        scope(scope, conditions, parameters);
        TypedQuery<ProjectSummary> query = entityManager.createQuery(
                SELECT + " where " + String.join(" and ", conditions), ProjectSummary.class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().findFirst();
    }

    @Override
    public long countSummaries(ProjectFilter filter, ReadScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(p) from Project p" + where(filter, scope, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public List<Integer> findYears(ReadScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Integer> query = entityManager.createQuery("select distinct p.year from Project p"
                + where(ProjectFilter.ALL, scope, parameters) + " order by p.year desc", Integer.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public List<String> findUnits(ReadScope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<String> query = entityManager.createQuery("select distinct p.unit from Project p"
                + where(ProjectFilter.ALL, scope, parameters) + " order by p.unit", String.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The reader's units as a condition: none for everything, an always-false one for no unit at all. */
    private static void scope(ReadScope scope, List<String> conditions, Map<String, Object> parameters) {
        if (scope instanceof ReadScope.Units(var names)) {
            if (names.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("p.unit in (:units)");
                parameters.put("units", names);
            }
        }
    }

    private static String where(ProjectFilter filter, ReadScope scope, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        scope(scope, conditions, parameters);
        if (filter.year() != null) {
            conditions.add("p.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.unit() != null) {
            conditions.add("p.unit = :department");
            parameters.put("department", filter.unit());
        }
        if (filter.nameContains() != null) {
            conditions.add("lower(p.name) like :name escape '\\'");
            parameters.put("name", "%" + escapeLike(filter.nameContains().toLowerCase()) + "%");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String orderBy(Sort sort) {
        String order = sort.stream()
                .filter(o -> SORTABLE.containsKey(o.getProperty()))
                .map(o -> SORTABLE.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        // The id last keeps paging stable when the chosen columns tie.
        return " order by " + (order.isEmpty() ? "" : order + ", ") + "p.id";
    }
}
