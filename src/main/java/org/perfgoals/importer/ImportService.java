package org.perfgoals.importer;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditSubject;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.importer.format.FormFileReader;
import org.perfgoals.monitoring.JudgingService;
import org.perfgoals.monitoring.WeightsService;
import org.perfgoals.monitoring.ProjectWeights;
import org.perfgoals.monitoring.read.RecordedSubjects;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectRepository;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;
import org.perfgoals.unit.UnitException;
import org.perfgoals.unit.UnitPlacement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports 绩效目标申报表 files. All or nothing: a file with any error stores nothing, a file with a form of a unit
 * the user may not write is refused as a whole, and a file whose projects already exist stores nothing unless the
 * user asked to replace them. A replaced project keeps its identity and the values recorded against its indicators
 * and sub-items (see {@link Redeclaration}); a form that would drop any of them is refused and nothing is stored.
 * <p>
 * Large files are worked through in chunks whose persistence context is flushed and cleared: otherwise every query
 * and flush dirty-checks every project loaded so far, and replacing n projects costs n² (450 s for 1,000 forms).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class ImportService {

    /** Forms handled per flush-and-clear: small enough to keep the persistence context cheap, large enough to batch. */
    static final int CHUNK = 50;

    private final ProjectRepository projects;
    private final WeightsService weights;
    private final JudgingService judging;
    private final CurrentUser currentUser;
    private final UnitAccess unitAccess;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final UnitPlacement placement;
    private final AuditLog audit;

    ImportService(ProjectRepository projects, WeightsService weights, JudgingService judging, CurrentUser currentUser,
                  UnitAccess unitAccess, Clock clock, ApplicationEventPublisher events, EntityManager entityManager,
                  UnitPlacement placement, AuditLog audit) {
        this.placement = placement;
        this.audit = audit;
        this.events = events;
        this.weights = weights;
        this.judging = judging;
        this.projects = projects;
        this.currentUser = currentUser;
        this.unitAccess = unitAccess;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Reads the file and tells what importing it would do, storing nothing; new units go to the default place. */
    @Transactional(readOnly = true)
    public ImportResult preview(byte[] file) {
        return preview(file, null);
    }

    /** As {@link #preview(byte[])}, with the new units the file names placed under {@code parentUnitId}. */
    @Transactional(readOnly = true)
    public ImportResult preview(byte[] file, @Nullable Long parentUnitId) {
        ParseResult parsed = new FormFileReader().read(file);
        NewUnits newUnits = newUnits(parsed.forms(), parentUnitId);
        List<FormData> refused = refusedUnits(parsed.forms(), newUnits);
        List<Project> unsaved = parsed.hasErrors() || !refused.isEmpty() ? List.of()
                : parsed.forms().stream().map(form -> ProjectFactory.create(form, parsed.warnings())).toList();
        return new ImportResult(parsed.forms(), unsaved, parsed.warnings(), parsed.errors(),
                existing(parsed.forms()), refused, true, newUnits.names(), newUnits.parentName());
    }

    /** Stores every project of the file, or nothing, with the new units it names at their default place. */
    @Transactional
    public ImportResult importFile(byte[] file, boolean replace) {
        return importFile(file, replace, null);
    }

    /**
     * Stores every project of the file, or nothing. Returns the errors (nothing stored) or the stored projects.
     *
     * @throws UnitNotWritableException  when a form declares a unit the user may not write (checked first)
     * @throws DuplicateProjectException when a project exists already and {@code replace} is false
     * @throws ReplaceRefusedException   when a replacement would drop indicators or sub-items with recorded values
     */
    @Transactional
    public ImportResult importFile(byte[] file, boolean replace, @Nullable Long parentUnitId) {
        ParseResult parsed = new FormFileReader().read(file);
        NewUnits newUnits = newUnits(parsed.forms(), parentUnitId);
        List<FormData> refused = refusedUnits(parsed.forms(), newUnits);
        if (!refused.isEmpty()) {
            throw new UnitNotWritableException(refused);
        }
        if (parsed.hasErrors()) {
            return new ImportResult(parsed.forms(), List.of(), parsed.warnings(), parsed.errors(), List.of(),
                    List.of(), false, newUnits.names(), newUnits.parentName());
        }
        List<FormData> duplicates = existing(parsed.forms());
        if (!duplicates.isEmpty() && !replace) {
            throw new DuplicateProjectException(duplicates);
        }
        // A project that exists keeps its identity (reports, alerts, history) and takes the new declaration. All
        // replacements are checked before anything is written, so a refusal leaves every project as it was.
        List<List<FormData>> chunks = chunks(parsed.forms());
        List<ReplaceRefusal> refusals = new ArrayList<>();
        Map<Long, RecordedSubjects> recorded = new HashMap<>();
        // Whatever the caller changed before is written, not lost, when the chunks clear the persistence context.
        entityManager.flush();
        for (List<FormData> chunk : chunks) {
            Map<String, Project> existing = existingProjects(chunk);
            for (FormData form : chunk) {
                Project project = existing.get(key(form));
                if (project != null) {
                    RecordedSubjects values = weights.recorded(project.getId());
                    recorded.put(project.getId(), values);
                    refusals.addAll(new Redeclaration(project, ProjectFactory.create(form, parsed.warnings()))
                            .refusals(values));
                }
            }
            entityManager.clear();
        }
        if (!refusals.isEmpty()) {
            throw new ReplaceRefusedException(refusals);
        }
        placement.createMissing(newUnits.names(), newUnits.parentId());
        Instant now = clock.instant();
        List<Project> stored = new ArrayList<>();
        for (List<FormData> chunk : chunks) {
            stored.addAll(store(chunk, parsed, recorded, now));
        }
        audit.record(AuditEntry.of(AuditType.IMPORT, AuditSubject.projects(stored.stream().map(Project::getName)
                .toList()), AuditDetails.json("created", stored.size() - duplicates.size(), "replaced",
                duplicates.size(), "ids", stored.stream().limit(20).map(Project::getId).toList())));
        events.publishEvent(new DataChangedEvent());
        return new ImportResult(parsed.forms(), stored, parsed.warnings(), List.of(), duplicates, List.of(), false,
                newUnits.names(), newUnits.parentName());
    }

    /**
     * Writes one chunk: existing projects take the new declaration, the others are created; the values of replaced
     * projects are judged by their new targets. The stored projects are detached afterwards, their collections read.
     */
    private List<Project> store(List<FormData> chunk, ParseResult parsed, Map<Long, RecordedSubjects> recorded,
                                Instant now) {
        Map<String, Project> existing = existingProjects(chunk);
        List<Project> stored = new ArrayList<>();
        List<Long> toRejudge = new ArrayList<>();
        for (FormData form : chunk) {
            Project declared = ProjectFactory.create(form, parsed.warnings());
            Project project = existing.get(key(form));
            if (project == null) {
                project = declared;
            } else {
                RecordedSubjects values = recorded.get(project.getId());
                new Redeclaration(project, declared).apply();
                ProjectWeights.apply(project);
                if (!values.indicatorIds().isEmpty() || !values.budgetItemIds().isEmpty()) {
                    toRejudge.add(project.getId());
                }
            }
            project.markImported(currentUser.username(), now);
            stored.add(projects.save(project));
        }
        entityManager.flush();
        // The targets may have changed: what was recorded is judged by the new ones. A project without values
        // has nothing to judge.
        toRejudge.forEach(judging::rejudge);
        entityManager.flush();
        entityManager.clear();
        return stored;
    }

    /**
     * Forms of units the user may not import for: a stored unit they do not manage, or a new unit whose place is not
     * under one they manage. A form without a unit is an error of its own, not listed here.
     */
    private List<FormData> refusedUnits(List<FormData> forms, NewUnits newUnits) {
        Predicate<String> reviewable = unitAccess.reviewable();
        boolean mayPlace = currentUser.hasRole(Role.ADMIN)
                || (newUnits.parentName() != null && reviewable.test(newUnits.parentName()));
        return forms.stream().filter(form -> form.unit() != null && (newUnits.names().contains(form.unit())
                ? !mayPlace : !reviewable.test(form.unit()))).toList();
    }

    /**
     * The units the forms name that are not stored yet, and where they would go: under the parent asked for, else
     * an admin's go to the top and a manager's under the manager's own unit.
     */
    private NewUnits newUnits(List<FormData> forms, @Nullable Long parentUnitId) {
        List<String> missing = placement.missing(forms.stream().map(FormData::unit).filter(Objects::nonNull)
                .toList());
        if (parentUnitId != null) {
            String parent = placement.nameOf(parentUnitId).orElseThrow(() -> new UnitException(
                    UnitException.Kind.INVALID, UnitException.Field.IMPORT_PARENT, "unknownParent",
                    List.of(parentUnitId.toString())));
            return new NewUnits(missing, parentUnitId, parent);
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            return new NewUnits(missing, null, null);
        }
        String own = currentUser.unit().orElse(null);
        Long ownId = own == null ? null : placement.idOf(own).orElse(null);
        return new NewUnits(missing, ownId, ownId == null ? null : own);
    }

    /** Units a file names that are no unit yet, and the parent they would be created under. */
    private record NewUnits(List<String> names, @Nullable Long parentId, @Nullable String parentName) {
    }

    private List<FormData> existing(List<FormData> forms) {
        List<FormData> found = new ArrayList<>();
        for (List<FormData> chunk : chunks(forms)) {
            Set<String> keys = existingProjects(chunk).keySet();
            chunk.stream().filter(form -> keys.contains(key(form))).forEach(found::add);
        }
        return found;
    }

    /** The stored projects the forms name, by {@link #key}: one query for the whole chunk. */
    private Map<String, Project> existingProjects(List<FormData> forms) {
        List<FormData> identified = forms.stream()
                .filter(form -> form.year() != null && form.unit() != null && form.name() != null).toList();
        if (identified.isEmpty()) {
            return Map.of();
        }
        Set<String> keys = identified.stream().map(ImportService::key).collect(Collectors.toSet());
        Map<String, Project> found = new HashMap<>();
        projects.findByYearInAndNameIn(identified.stream().map(FormData::year).collect(Collectors.toSet()),
                        identified.stream().map(FormData::name).collect(Collectors.toSet())).stream()
                .filter(project -> keys.contains(key(project)))
                .forEach(project -> found.put(key(project), project));
        return found;
    }

    private static List<List<FormData>> chunks(List<FormData> forms) {
        List<List<FormData>> chunks = new ArrayList<>();
        for (int from = 0; from < forms.size(); from += CHUNK) {
            chunks.add(forms.subList(from, Math.min(forms.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** Year, unit and name identify a project. */
    private static String key(FormData form) {
        return form.year() + "\u001f" + form.unit() + "\u001f" + form.name();
    }

    private static String key(Project project) {
        return project.getYear() + "\u001f" + project.getUnit() + "\u001f" + project.getName();
    }
}
