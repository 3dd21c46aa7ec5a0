package org.perfgoals.alert;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.ReadScope;
import org.springframework.beans.factory.annotation.Value;

/**
 * Criteria queries for the lists: the id of each alert of a window (the rows are loaded by id afterwards), and the
 * count. Each carries the query timeout, so a list that should take milliseconds cannot hold a connection for long
 * when the database is overloaded; the timeout surfaces as Spring's QueryTimeoutException (503 in the REST API).
 */
class AlertListRepositoryImpl implements AlertListRepository {

    private static final String TIMEOUT_HINT = "jakarta.persistence.query.timeout";

    private final EntityManager entities;
    private final int timeoutMillis;

    AlertListRepositoryImpl(EntityManager entities,
                            @Value("${perfgoals.alerts.query-timeout:5s}") Duration timeout) {
        this.entities = entities;
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    @Override
    public List<Long> findIds(AlertFilter filter, ReadScope scope, boolean newestFirst, @Nullable AlertCursor after,
                              long offset, int limit) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Alert> alert = query.from(Alert.class);
        Predicate where = AlertSpecifications.matching(filter, scope).toPredicate(alert, query, cb);
        if (after != null) {
            where = cb.and(where, AlertSpecifications.after(after, newestFirst, alert, cb));
        }
        query.select(alert.get("id")).where(where).orderBy(AlertSpecifications.order(filter, newestFirst, alert, cb));
        return entities.createQuery(query).setFirstResult(Math.toIntExact(offset)).setMaxResults(limit)
                .setHint(TIMEOUT_HINT, timeoutMillis).getResultList();
    }

    @Override
    public long countMatching(AlertFilter filter, ReadScope scope) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Alert> alert = query.from(Alert.class);
        query.select(cb.count(alert)).where(AlertSpecifications.counting(filter, scope).toPredicate(alert, query, cb));
        return entities.createQuery(query).setHint(TIMEOUT_HINT, timeoutMillis).getSingleResult();
    }
}
