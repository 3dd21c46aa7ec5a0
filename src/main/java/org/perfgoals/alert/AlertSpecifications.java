package org.perfgoals.alert;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The alert centre's filters as one query with only the conditions that are set. */
final class AlertSpecifications {

    private AlertSpecifications() {
    }

    static Specification<Alert> matching(AlertFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
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
