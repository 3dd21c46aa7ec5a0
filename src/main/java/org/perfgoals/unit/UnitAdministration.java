package org.perfgoals.unit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditSubject;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.base.NotFoundException;
import org.perfgoals.unit.domain.UnitName;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' side of the unit tree: create, rename, move, and merge two spellings of one unit. A rename reaches
 * every project, alert and user in the same statement (the names are foreign keys with {@code on update cascade});
 * a merge moves them all, and the children, to the unit that stays, then deletes the other spelling.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UnitAdministration {

    private final UnitRepository units;
    private final UnitTable table;
    private final UnitQueries queries;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    UnitAdministration(UnitRepository units, UnitTable table, UnitQueries queries, Clock clock,
                       ApplicationEventPublisher events, AuditLog audit) {
        this.units = units;
        this.table = table;
        this.queries = queries;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    /** Asked first by the REST API, so that who may act is decided before the body is read. */
    public void authorize() {
        // The @PreAuthorize of the class is the whole check.
    }

    public UnitRecord create(String name, @Nullable Long parentId) {
        String stored = checkedName(name);
        requireParent(parentId);
        if (units.existsByName(stored)) {
            throw duplicate(stored);
        }
        Unit unit = units.saveAndFlush(new Unit(stored, parentId, clock.instant()));
        audit.record(AuditEntry.of(AuditType.UNIT_CREATED, AuditSubject.unit(unit.getId(), stored),
                AuditDetails.json("parent", parentName(parentId))));
        return queries.get(unit.getId());
    }

    public UnitRecord rename(long id, String name) {
        Unit unit = unit(id);
        String stored = checkedName(name);
        if (!stored.equals(unit.getName())) {
            if (units.existsByName(stored)) {
                throw duplicate(stored);
            }
            String before = unit.getName();
            unit.rename(stored);
            units.flush();
            audit.record(AuditEntry.of(AuditType.UNIT_RENAMED, AuditSubject.unit(id, stored),
                    AuditDetails.json("from", before, "to", stored)));
            events.publishEvent(new DataChangedEvent());
        }
        return queries.get(id);
    }

    /** Puts the unit under another one, or at the top when {@code parentId} is null. */
    public UnitRecord move(long id, @Nullable Long parentId) {
        Unit unit = unit(id);
        requireParent(parentId);
        if (!Objects.equals(parentId, unit.getParentId())) {
            if (table.tree().wouldCycle(id, parentId)) {
                throw new UnitException(UnitException.Kind.CYCLE, UnitException.Field.PARENT, "cycle",
                        List.of(unit.getName()));
            }
            String before = parentName(unit.getParentId());
            unit.moveUnder(parentId);
            units.flush();
            audit.record(AuditEntry.of(AuditType.UNIT_MOVED, AuditSubject.unit(id, unit.getName()),
                    AuditDetails.json("from", before, "to", parentName(parentId))));
            events.publishEvent(new DataChangedEvent());
        }
        return queries.get(id);
    }

    /**
     * Merges {@code fromId} into {@code intoId}: projects, alerts, users and child units move to the unit that stays,
     * and the other spelling is deleted. Refused when both have a project of the same year and name.
     */
    public UnitRecord merge(long fromId, long intoId) {
        Unit from = unit(fromId);
        Unit into = unit(intoId);
        if (fromId == intoId) {
            throw new UnitException(UnitException.Kind.INVALID, UnitException.Field.INTO, "mergeSelf", List.of());
        }
        if (table.tree().wouldCycle(fromId, intoId)) {
            throw new UnitException(UnitException.Kind.CYCLE, UnitException.Field.INTO, "mergeBelow",
                    List.of(from.getName()));
        }
        List<String> clashes = table.clashingProjects(from.getName(), into.getName());
        if (!clashes.isEmpty()) {
            throw new UnitException(UnitException.Kind.MERGE_CLASH, UnitException.Field.INTO, "mergeClash",
                    List.of(String.join(", ", clashes.subList(0, Math.min(5, clashes.size())))));
        }
        units.flush();
        table.moveEverything(from.getName(), fromId, into.getName(), intoId);
        String fromName = from.getName();
        units.delete(from);
        units.flush();
        audit.record(AuditEntry.of(AuditType.UNIT_MERGED, AuditSubject.unit(intoId, into.getName()),
                AuditDetails.json("merged", AuditSubject.unit(fromId, fromName))));
        events.publishEvent(new DataChangedEvent());
        return queries.get(intoId);
    }

    private Unit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private @Nullable String parentName(@Nullable Long parentId) {
        return parentId == null ? null : units.findById(parentId).map(Unit::getName).orElse(null);
    }

    private void requireParent(@Nullable Long parentId) {
        if (parentId != null && !units.existsById(parentId)) {
            throw new UnitException(UnitException.Kind.INVALID, UnitException.Field.PARENT, "unknownParent",
                    List.of(String.valueOf(parentId)));
        }
    }

    private static String checkedName(String name) {
        UnitName.problem(name).ifPresent(code -> {
            throw new UnitException(UnitException.Kind.INVALID, UnitException.Field.NAME, code,
                    List.of(String.valueOf(UnitName.MAX_LENGTH)));
        });
        return UnitName.normalize(name).orElseThrow();
    }

    private static UnitException duplicate(String name) {
        return new UnitException(UnitException.Kind.DUPLICATE, UnitException.Field.NAME, "duplicate",
                List.of(name));
    }
}
