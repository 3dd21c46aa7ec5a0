package org.perfgoals.alert;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.perfgoals.security.ReadScope;
import org.springframework.data.jpa.domain.Specification;

/**
 * The alert centre's filters as one query with only the conditions that are set, always within the reader's units
 * ({@code unit in (…)}; nothing for an empty scope), and the order the indexes of V11 give (updated_at, then id).
 */
final class AlertSpecifications {

    private AlertSpecifications() {
    }

    /**
     * The conditions of a list. "Active" is {@code status <> 'RESOLVED'}: no index range, so the database walks the
     * index of the list's order and skips resolved alerts with the status read from that index.
     */
    static Specification<Alert> matching(AlertFilter filter, ReadScope scope) {
        return (root, query, cb) -> cb.and(conditions(filter, scope, root, cb).toArray(Predicate[]::new));
    }

    /**
     * The conditions of a count: the list's. ({@code status in (OPEN, ACKNOWLEDGED)} was tried: on H2 it made the
     * planner pick the status index over the unit's, and counted all active alerts 2-3 times slower.)
     */
    static Specification<Alert> counting(AlertFilter filter, ReadScope scope) {
        return matching(filter, scope);
    }

    private static List<Predicate> conditions(AlertFilter filter, ReadScope scope, Root<Alert> root,
                                              CriteriaBuilder cb) {
        List<Predicate> conditions = new ArrayList<>();
        if (scope instanceof ReadScope.Units(var names)) {
            if (filter.unit() != null) {
                // One unit asked for: unit = … alone (an index range), nothing if it is not the reader's.
                if (!names.contains(filter.unit())) {
                    conditions.add(cb.disjunction());
                }
            } else {
                conditions.add(names.isEmpty() ? cb.disjunction() : root.get("unit").in(names));
            }
        }
        if (filter.status() != null) {
            conditions.add(cb.equal(root.get("status"), filter.status()));
        }
        if (Boolean.TRUE.equals(filter.active())) {
            conditions.add(cb.notEqual(root.get("status"), AlertStatus.RESOLVED));
        }
        if (filter.type() != null) {
            conditions.add(cb.equal(root.get("type"), filter.type()));
        }
        if (filter.unit() != null) {
            conditions.add(cb.equal(root.get("unit"), filter.unit()));
        }
        if (filter.projectId() != null) {
            conditions.add(cb.equal(root.get("projectId"), filter.projectId()));
        }
        if (filter.year() != null) {
            conditions.add(cb.equal(root.get("year"), filter.year()));
        }
        if (filter.month() != null) {
            conditions.add(cb.equal(root.get("month"), filter.month()));
        }
        return conditions;
    }

    /**
     * Only the alerts after the cursor in the list's order. Written as {@code updated_at <= t and (updated_at < t or
     * id < i)} (newest first) rather than the plain or, so that {@code updated_at <= t} starts the index range.
     */
    static Predicate after(AlertCursor cursor, boolean newestFirst, Root<Alert> root, CriteriaBuilder cb) {
        Path<Instant> updated = root.get("updatedAt");
        Path<Long> id = root.get("id");
        if (newestFirst) {
            return cb.and(cb.lessThanOrEqualTo(updated, cursor.updatedAt()),
                    cb.or(cb.lessThan(updated, cursor.updatedAt()), cb.lessThan(id, cursor.id())));
        }
        return cb.and(cb.greaterThanOrEqualTo(updated, cursor.updatedAt()),
                cb.or(cb.greaterThan(updated, cursor.updatedAt()), cb.greaterThan(id, cursor.id())));
    }

    /**
     * updated_at, then id (unique, so ties never reorder between pages), both in one direction. When the filter fixes
     * the unit, type or status, that column goes first: it is constant among the rows, so the order is the same, and
     * it is the order of the index the database picks for that filter, which then needs no sort (H2 only skips the
     * sort when the ORDER BY starts with the index's columns).
     */
    static List<Order> order(AlertFilter filter, boolean newestFirst, Root<Alert> root, CriteriaBuilder cb) {
        List<Order> order = new ArrayList<>();
        String leading = filter.unit() != null ? "unit" : filter.type() != null ? "type"
                : filter.status() != null ? "status" : null;
        for (String property : leading == null ? List.of("updatedAt", "id") : List.of(leading, "updatedAt", "id")) {
            order.add(newestFirst ? cb.desc(root.get(property)) : cb.asc(root.get(property)));
        }
        return order;
    }
}
