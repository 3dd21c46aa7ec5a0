package org.perfgoals.alert;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.perfgoals.security.ReadScope;
import org.springframework.data.jpa.domain.Specification;

/**
 * The alert centre's filters as one query with only the conditions that are set, always within the reader's units
 * ({@code unit in (…)}; nothing for an empty scope).
 */
final class AlertSpecifications {

    private AlertSpecifications() {
    }

    static Specification<Alert> matching(AlertFilter filter, ReadScope scope) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (scope instanceof ReadScope.Units(var names)) {
                conditions.add(names.isEmpty() ? cb.disjunction() : root.get("unit").in(names));
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
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }
}
