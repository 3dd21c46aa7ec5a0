package org.perfgoals.alert;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditSubject;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.ReadScope;
import org.perfgoals.security.ReadScopes;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises alerts (from saved values and the scheduled check), resolves them when their row turns green, and lets
 * people acknowledge and resolve them with a comment. Alerts are never deleted.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AlertService {

    /** alert_event.comment. */
    public static final int MAX_COMMENT = 4000;
    /** The properties of the lists' own order, which the indexes of V11 give. */
    private static final java.util.Set<String> LIST_ORDER = java.util.Set.of("updatedAt", "id");

    private final AlertRepository alerts;
    private final CurrentUser currentUser;
    private final UnitAccess access;
    private final ReadScopes scopes;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final MeterRegistry meters;

    AlertService(AlertRepository alerts, CurrentUser currentUser, UnitAccess access, ReadScopes scopes, Clock clock,
                 ApplicationEventPublisher events, AuditLog audit, MeterRegistry meters) {
        this.meters = meters;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.alerts = alerts;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** The project's active alerts of a period, for a sync that raises and resolves many of them. */
    public PeriodAlerts periodAlerts(long projectId, int year, int month) {
        return new PeriodAlerts(projectId, year, month, alerts.findActiveOfPeriod(projectId, year, month));
    }

    /** Opens an alert, or updates the figures of the one already open for the same subject and period. */
    public void raise(PeriodAlerts period, AlertType type, AlertSubject subject, String targetText,
                      String actualText) {
        List<Alert> active = period.active(type, subject);
        if (!active.isEmpty()) {
            Alert alert = active.getFirst();
            alert.update(targetText, actualText, currentUser.username(), clock.instant());
            return;
        }
        period.added(alerts.save(new Alert(type, subject, period.year(), period.month(), targetText, actualText,
                currentUser.username(), clock.instant())));
        meters.counter("perfgoals.alerts.raised", "type", type.name()).increment();
    }

    /** Closes the active alerts of this kind for the subject and period, saying why. Returns how many. */
    public int resolveAutomatically(PeriodAlerts period, AlertType type, AlertSubject subject, String comment) {
        List<Alert> active = period.active(type, subject);
        active.forEach(alert -> alert.resolveAutomatically(clock.instant(), comment));
        return active.size();
    }

    /**
     * One page of the alerts the filter matches within the reader's units, each with its history (read in batches,
     * not per alert). Ordered by {@code updatedAt}, newest first unless the sort asks for it ascending, then by id:
     * the page's ids come from an index alone, then only its rows are read. A list unpaged or sorted by anything
     * else (the project pages' few alerts, tests) is read as one query sorted by the database.
     */
    @Transactional(readOnly = true)
    public List<AlertRecord> list(AlertFilter filter, Pageable pageable) {
        if (pageable.isUnpaged() || !pageable.getSort().stream()
                .allMatch(order -> LIST_ORDER.contains(order.getProperty()))) {
            return alerts.findAll(AlertSpecifications.matching(filter, scopes.current()), pageable).stream()
                    .map(AlertRecord::of).toList();
        }
        return records(alerts.findIds(filter, scopes.current(), newestFirst(pageable.getSort()), null,
                pageable.getOffset(), pageable.getPageSize()));
    }

    /**
     * {@link #list(AlertFilter, Pageable)} for a reader who knows how many alerts match ({@link #count}): a window in
     * the far half is read from the other end of the index and turned round, so the last page of a long list is as
     * quick as the first (the alert centre's grid scrolled to its end).
     */
    @Transactional(readOnly = true)
    public List<AlertRecord> list(AlertFilter filter, Pageable pageable, long total) {
        long offset = pageable.getOffset();
        if (offset <= total / 2 || offset >= total || pageable.getSort().stream()
                .anyMatch(order -> !LIST_ORDER.contains(order.getProperty()))) {
            return list(filter, pageable);
        }
        int limit = (int) Math.min(pageable.getPageSize(), total - offset);
        long fromEnd = total - offset - limit;
        List<Long> ids = new ArrayList<>(alerts.findIds(filter, scopes.current(), !newestFirst(pageable.getSort()),
                null, fromEnd, limit));
        Collections.reverse(ids);
        return records(ids);
    }

    /**
     * A keyset page, newest first: the {@code size} alerts after {@code after} (from the newest when null), and the
     * cursor of the next page. Each page costs the same however far the reader has come.
     */
    @Transactional(readOnly = true)
    public AlertPage page(AlertFilter filter, @Nullable AlertCursor after, int size) {
        List<Long> ids = alerts.findIds(filter, scopes.current(), true, after, 0, size + 1);
        List<AlertRecord> page = records(ids.subList(0, Math.min(size, ids.size())));
        return new AlertPage(page, ids.size() > size ? AlertCursor.of(page.getLast()) : null);
    }

    private static boolean newestFirst(Sort sort) {
        Sort.Order updated = sort.getOrderFor("updatedAt");
        return updated == null || updated.isDescending();
    }

    /** The alerts of these ids in this order, their events fetched in batches. */
    private List<AlertRecord> records(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Alert> byId = new HashMap<>();
        alerts.findAllById(ids).forEach(alert -> byId.put(alert.getId(), alert));
        return ids.stream().map(byId::get).filter(Objects::nonNull).map(AlertRecord::of).toList();
    }

    /** Marks the alerts of a project as raised by demo data, so the UI can say so. */
    public void markDemo(long projectId) {
        alerts.findAll(AlertSpecifications.matching(new AlertFilter(null, null, null, projectId, null, null, null),
                scopes.current())).forEach(Alert::markDemo);
    }

    /** How many alerts the filter matches within the reader's units (the alert centre's grid, X-Total-Count). */
    @Transactional(readOnly = true)
    public long count(AlertFilter filter) {
        return alerts.countMatching(filter, scopes.current());
    }

    /** Active alerts the current user may read (the header's bell): their units', or all for whoever reads all. */
    @Transactional(readOnly = true)
    public long countActiveForCurrentUser() {
        return switch (scopes.current()) {
            case ReadScope.Everything everything -> alerts.countByStatusNot(AlertStatus.RESOLVED);
            case ReadScope.Units(var names) -> names.isEmpty() ? 0
                    : alerts.countByStatusNotAndUnitIn(AlertStatus.RESOLVED, names);
        };
    }

    /** The projects and units that have alerts the reader may see, for the alert centre's filters. */
    @Transactional(readOnly = true)
    public List<AlertedProject> alertedProjects() {
        return switch (scopes.current()) {
            case ReadScope.Everything everything -> alerts.findAlertedProjects();
            case ReadScope.Units(var names) -> names.isEmpty() ? List.of() : alerts.findAlertedProjectsOfUnits(names);
        };
    }

    @Transactional(readOnly = true)
    public List<String> units() {
        return switch (scopes.current()) {
            case ReadScope.Everything everything -> alerts.findUnits();
            case ReadScope.Units(var names) -> names.isEmpty() ? List.of() : alerts.findUnitsIn(names);
        };
    }

    /** One alert; empty, as for an unknown id, when it is another unit's. */
    @Transactional(readOnly = true)
    public Optional<AlertRecord> get(long id) {
        return readable(id).map(AlertRecord::of);
    }

    /** The alert if the reader may see it: another unit's alert is missing to them, for reads and writes alike. */
    private Optional<Alert> readable(long id) {
        ReadScope scope = scopes.current();
        return alerts.findById(id).filter(alert -> scope.includes(alert.getUnit()));
    }

    public AlertRecord acknowledge(long id, String comment) {
        return acknowledge(id, () -> comment);
    }

    /**
     * Acknowledges with a comment read only once the user was allowed to: leaders are refused before the alert is
     * looked up, other units' people before the comment is read.
     */
    public AlertRecord acknowledge(long id, Supplier<String> comment) {
        requireRole(Role.ADMIN, Role.MANAGER, Role.STAFF);
        Alert alert = readable(id).orElseThrow(() -> new AlertNotFoundException(id));
        access.requireWrite(alert.getUnit());
        alert.acknowledge(currentUser.username(), clock.instant(), checked(comment.get()));
        events.publishEvent(DataChangedEvent.workflow());
        return AlertRecord.of(alert);
    }

    public AlertRecord resolve(long id, String comment) {
        return resolve(id, () -> comment);
    }

    /** Resolves (managers of the unit and admins), checking in the same order as {@link #acknowledge}. */
    public AlertRecord resolve(long id, Supplier<String> comment) {
        requireRole(Role.ADMIN, Role.MANAGER);
        Alert alert = readable(id).orElseThrow(() -> new AlertNotFoundException(id));
        access.requireReview(alert.getUnit());
        alert.resolve(currentUser.username(), clock.instant(), checked(comment.get()));
        audit.record(AuditEntry.of(AuditType.ALERT_RESOLVED, AuditSubject.alert(id, alert.getProjectId(),
                alert.getProjectName()), alert.getSubjectName()));
        events.publishEvent(DataChangedEvent.workflow());
        return AlertRecord.of(alert);
    }

    /** The comment as stored (alert_event.comment is varchar(4000)). */
    private static String checked(String comment) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new AlertInputException("comment", "commentTooLong",
                    List.of(String.valueOf(MAX_COMMENT), String.valueOf(comment.length())));
        }
        return comment;
    }

    private void requireRole(Role... allowed) {
        for (Role role : allowed) {
            if (currentUser.hasRole(role)) {
                return;
            }
        }
        throw new AccessDeniedException(currentUser.username() + " may not act on alerts");
    }
}
