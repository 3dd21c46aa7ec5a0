package org.perfgoals.importer;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditSubject;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.importer.domain.BatchFile;
import org.perfgoals.importer.domain.BatchLimits;
import org.perfgoals.importer.domain.BatchRefusal;
import org.perfgoals.importer.domain.CrossFileDuplicates;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.monitoring.JudgingService;
import org.perfgoals.monitoring.ProjectWeights;
import org.perfgoals.monitoring.WeightsService;
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
 * Imports 绩效目标申报表 files, one or a batch of them (several files, or zips unpacked by {@link BatchReader}). All
 * or nothing: a batch is stored in one transaction; a batch with any error in any file stores nothing, a batch with
 * a form of a unit the user may not write is refused as a whole, and a batch whose projects already exist stores
 * nothing unless the user asked to replace them. A replaced project keeps its identity and the values recorded
 * against its indicators and sub-items (see {@link Redeclaration}); a form that would drop any of them is refused
 * and nothing is stored.
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
    private final ImportProperties properties;
    private final MeterRegistry meters;

    ImportService(ProjectRepository projects, WeightsService weights, JudgingService judging, CurrentUser currentUser,
                  UnitAccess unitAccess, Clock clock, ApplicationEventPublisher events, EntityManager entityManager,
                  UnitPlacement placement, AuditLog audit, ImportProperties properties, MeterRegistry meters) {
        this.meters = meters;
        this.properties = properties;
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
        return previewBatch(List.of(unnamed(file)), parentUnitId).total();
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
        return importBatch(List.of(unnamed(file)), replace, parentUnitId).total();
    }

    /**
     * Nothing but the role check of every method here (ADMIN or MANAGER): the REST API asks it before it reads the
     * body, so a caller who may not import is refused before anything they sent is read.
     */
    @Transactional(readOnly = true)
    public void authorize() {
        // @PreAuthorize on the class decides.
    }

    /**
     * Tells, file by file, what importing the batch would do, storing nothing: each file's forms, the projects of a
     * valid file, its warnings and errors (a form repeating a project of an earlier file of the batch is an error).
     *
     * @throws BatchRefusal when the batch holds more files or bytes than {@code perfgoals.import.*} allows
     */
    @Transactional(readOnly = true)
    public BatchResult previewBatch(List<ParsedFile> files, @Nullable Long parentUnitId) {
        Batch batch = batch(files, parentUnitId);
        List<FormData> existing = existing(batch.forms());
        List<ImportedFile> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ParseResult parsed = batch.parsed().get(i);
            List<FormData> refused = batch.refused().get(i);
            List<Project> unsaved = parsed.hasErrors() || !refused.isEmpty() ? List.of()
                    : parsed.forms().stream().map(form -> ProjectFactory.create(form, parsed.warnings())).toList();
            results.add(new ImportedFile(files.get(i).name(), new ImportResult(parsed.forms(), unsaved,
                    parsed.warnings(), parsed.errors(), within(existing, parsed.forms()), refused, true,
                    batch.newUnits().of(parsed.forms()), batch.newUnits().parentName())));
        }
        return batch.result(results, true);
    }

    /**
     * Stores every project of every file of the batch in this one transaction, or nothing: nothing when any file has
     * an error (the result names them, file by file). New units the batch names are created once.
     *
     * @throws BatchRefusal              when the batch holds more files or bytes than allowed (checked first)
     * @throws UnitNotWritableException  when a form declares a unit the user may not write
     * @throws DuplicateProjectException when a project exists already and {@code replace} is false
     * @throws ReplaceRefusedException   when a replacement would drop indicators or sub-items with recorded values
     */
    @Transactional
    public BatchResult importBatch(List<ParsedFile> files, boolean replace, @Nullable Long parentUnitId) {
        Batch batch = batch(files, parentUnitId);
        List<FormData> refused = batch.refused().stream().flatMap(List::stream).toList();
        if (!refused.isEmpty()) {
            throw new UnitNotWritableException(refused, batch.filesOf(refused, files));
        }
        if (batch.parsed().stream().anyMatch(ParseResult::hasErrors)) {
            List<ImportedFile> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                ParseResult parsed = batch.parsed().get(i);
                results.add(new ImportedFile(files.get(i).name(), new ImportResult(parsed.forms(), List.of(),
                        parsed.warnings(), parsed.errors(), List.of(), List.of(), false,
                        batch.newUnits().of(parsed.forms()), batch.newUnits().parentName())));
            }
            return batch.result(results, false);
        }
        List<FormData> duplicates = existing(batch.forms());
        if (!duplicates.isEmpty() && !replace) {
            throw new DuplicateProjectException(duplicates, batch.filesOf(duplicates, files));
        }
        List<Declared> declared = new ArrayList<>();
        batch.parsed().forEach(parsed -> parsed.forms()
                .forEach(form -> declared.add(new Declared(form, parsed.warnings()))));
        List<Project> stored = store(declared, batch.newUnits());
        meters.counter("perfgoals.imports").increment();
        meters.counter("perfgoals.imports.projects").increment(stored.size());
        audit.record(AuditEntry.of(AuditType.IMPORT, AuditSubject.projects(stored.stream().map(Project::getName)
                .toList()), AuditDetails.json("created", stored.size() - duplicates.size(), "replaced",
                duplicates.size(), "ids", stored.stream().limit(20).map(Project::getId).toList(), "files",
                files.stream().map(ParsedFile::name).filter(name -> !name.isEmpty()).limit(20)
                        .map(ImportLimits::quote).toList())));
        events.publishEvent(DataChangedEvent.ofProjects(stored.stream().map(Project::getId).toList()));
        List<ImportedFile> results = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < files.size(); i++) {
            ParseResult parsed = batch.parsed().get(i);
            List<Project> ofFile = stored.subList(from, from + parsed.forms().size());
            from += parsed.forms().size();
            results.add(new ImportedFile(files.get(i).name(), new ImportResult(parsed.forms(), List.copyOf(ofFile),
                    parsed.warnings(), List.of(), within(duplicates, parsed.forms()), List.of(), false,
                    batch.newUnits().of(parsed.forms()), batch.newUnits().parentName())));
        }
        return batch.result(results, false);
    }

    /** A form with the warnings of its file, which the stored project keeps. */
    private record Declared(FormData form, List<ImportIssue> warnings) {
    }

    /**
     * The batch read together: each file's issues with the errors for projects repeated across files, each file's
     * forms of units the user may not write, and the units the batch names that do not exist yet.
     */
    private record Batch(List<ParseResult> parsed, List<List<FormData>> refused, NewUnits newUnits) {

        List<FormData> forms() {
            return parsed.stream().flatMap(file -> file.forms().stream()).toList();
        }

        /** The name of the file each of these forms (forms of this batch) comes from. */
        List<String> filesOf(List<FormData> forms, List<ParsedFile> files) {
            Map<FormData, String> fileOf = new IdentityHashMap<>();
            for (int i = 0; i < parsed.size(); i++) {
                String name = files.get(i).name();
                parsed.get(i).forms().forEach(form -> fileOf.put(form, name));
            }
            return forms.stream().map(form -> fileOf.getOrDefault(form, "")).toList();
        }

        /** The files and, together, every form, project, issue, duplicate and refusal of the batch. */
        BatchResult result(List<ImportedFile> files, boolean dryRun) {
            List<ImportResult> all = files.stream().map(ImportedFile::result).toList();
            return new BatchResult(files, new ImportResult(forms(), flat(all, ImportResult::projects),
                    flat(all, ImportResult::warnings), flat(all, ImportResult::errors),
                    flat(all, ImportResult::duplicates), flat(all, ImportResult::refusedUnits), dryRun,
                    newUnits.names(), newUnits.parentName()));
        }

        private static <T> List<T> flat(List<ImportResult> all, Function<ImportResult, List<T>> part) {
            return all.stream().flatMap(result -> part.apply(result).stream()).toList();
        }
    }

    private Batch batch(List<ParsedFile> files, @Nullable Long parentUnitId) {
        checkLimits(files);
        List<List<ImportIssue>> repeated = CrossFileDuplicates.find(files.stream()
                .map(file -> new CrossFileDuplicates.NamedForms(file.name(), file.parsed().forms())).toList());
        List<ParseResult> parsed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ParseResult read = files.get(i).parsed();
            parsed.add(repeated.get(i).isEmpty() ? read : new ParseResult(read.forms(),
                    Stream.concat(read.issues().stream(), repeated.get(i).stream()).toList()));
        }
        NewUnits newUnits = newUnits(parsed.stream().flatMap(file -> file.forms().stream()).toList(), parentUnitId);
        Predicate<FormData> refusal = refusedUnits(newUnits);
        return new Batch(parsed, parsed.stream().map(file -> file.forms().stream().filter(refusal).toList())
                .toList(), newUnits);
    }

    /** The batch's own limits, whatever way its files came (the reader checks them too, while unpacking). */
    private void checkLimits(List<ParsedFile> files) {
        BatchLimits limits = properties.limits();
        if (files.isEmpty()) {
            throw BatchRefusal.noFile("file");
        }
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            ParsedFile file = files.get(i);
            if (i >= limits.maxFiles()) {
                throw BatchRefusal.tooManyFiles(file.name(), limits.maxFiles());
            }
            bytes += file.bytes();
            if (bytes > limits.maxBatchBytes()) {
                throw BatchRefusal.batchTooLarge(file.name(), limits.maxBatchBytes());
            }
        }
    }

    private static List<FormData> within(List<FormData> forms, List<FormData> ofFile) {
        return forms.stream().filter(ofFile::contains).toList();
    }

    private static ParsedFile unnamed(byte[] file) {
        return ParsedFile.read(new BatchFile("", file));
    }

    /**
     * Writes the declared projects, chunk by chunk: the replacements are checked before anything is written, so a
     * refusal leaves every project as it was. Returns the stored projects in the order declared.
     */
    private List<Project> store(List<Declared> declared, NewUnits newUnits) {
        // A project that exists keeps its identity (reports, alerts, history) and takes the new declaration. All
        // replacements are checked before anything is written, so a refusal leaves every project as it was.
        List<List<Declared>> chunks = chunks(declared);
        List<ReplaceRefusal> refusals = new ArrayList<>();
        Map<Long, RecordedSubjects> recorded = new HashMap<>();
        // Whatever the caller changed before is written, not lost, when the chunks clear the persistence context.
        entityManager.flush();
        for (List<Declared> chunk : chunks) {
            Map<String, Project> existing = existingProjects(forms(chunk));
            for (Declared form : chunk) {
                Project project = existing.get(key(form.form()));
                if (project != null) {
                    RecordedSubjects values = weights.recorded(project.getId());
                    recorded.put(project.getId(), values);
                    refusals.addAll(new Redeclaration(project, ProjectFactory.create(form.form(), form.warnings()))
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
        for (List<Declared> chunk : chunks) {
            stored.addAll(store(chunk, recorded, now));
        }
        return stored;
    }

    private static List<FormData> forms(List<Declared> declared) {
        return declared.stream().map(Declared::form).toList();
    }

    /**
     * Writes one chunk: existing projects take the new declaration, the others are created; the values of replaced
     * projects are judged by their new targets. The stored projects are detached afterwards, their collections read.
     */
    private List<Project> store(List<Declared> chunk, Map<Long, RecordedSubjects> recorded, Instant now) {
        Map<String, Project> existing = existingProjects(forms(chunk));
        List<Project> stored = new ArrayList<>();
        List<Long> toRejudge = new ArrayList<>();
        for (Declared form : chunk) {
            Project declared = ProjectFactory.create(form.form(), form.warnings());
            Project project = existing.get(key(form.form()));
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
    private Predicate<FormData> refusedUnits(NewUnits newUnits) {
        Predicate<String> reviewable = unitAccess.reviewable();
        boolean mayPlace = currentUser.hasRole(Role.ADMIN)
                || (newUnits.parentName() != null && reviewable.test(newUnits.parentName()));
        return form -> form.unit() != null && (newUnits.names().contains(form.unit())
                ? !mayPlace : !reviewable.test(form.unit()));
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

        /** The new units among the units these forms name. */
        List<String> of(List<FormData> forms) {
            return names.stream().filter(name -> forms.stream().anyMatch(form -> name.equals(form.unit()))).toList();
        }
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

    private static <T> List<List<T>> chunks(List<T> forms) {
        List<List<T>> chunks = new ArrayList<>();
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
