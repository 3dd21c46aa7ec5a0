package org.perfgoals.importer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.FormReader;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.monitoring.MonitoringService;
import org.perfgoals.monitoring.ProjectWeights;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectRepository;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports 绩效目标申报表 files. All or nothing: a file with any error stores nothing, and a file whose projects
 * already exist stores nothing unless the user asked to replace them. A replaced project keeps its identity and the
 * values recorded against its indicators and sub-items (see {@link Redeclaration}); a form that would drop any of
 * them is refused and nothing is stored.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class ImportService {

    private final ProjectRepository projects;
    private final MonitoringService monitoring;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ImportService(ProjectRepository projects, MonitoringService monitoring, CurrentUser currentUser, Clock clock,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.monitoring = monitoring;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Reads the file and tells what importing it would do, storing nothing. */
    @Transactional(readOnly = true)
    public ImportResult preview(byte[] file) {
        ParseResult parsed = new FormReader().read(file);
        List<Project> unsaved = parsed.hasErrors() ? List.of()
                : parsed.forms().stream().map(form -> ProjectFactory.create(form, parsed.warnings())).toList();
        return new ImportResult(parsed.forms(), unsaved, parsed.warnings(), parsed.errors(),
                existing(parsed.forms()), true);
    }

    /**
     * Stores every project of the file, or nothing. Returns the errors (nothing stored) or the stored projects.
     *
     * @throws DuplicateProjectException when a project exists already and {@code replace} is false
     * @throws ReplaceRefusedException   when a replacement would drop indicators or sub-items with recorded values
     */
    @Transactional
    public ImportResult importFile(byte[] file, boolean replace) {
        ParseResult parsed = new FormReader().read(file);
        if (parsed.hasErrors()) {
            return new ImportResult(parsed.forms(), List.of(), parsed.warnings(), parsed.errors(), List.of(), false);
        }
        List<FormData> duplicates = existing(parsed.forms());
        if (!duplicates.isEmpty() && !replace) {
            throw new DuplicateProjectException(duplicates);
        }
        // A project that exists keeps its identity (reports, alerts, history) and takes the new declaration; all
        // replacements are checked before anything is written, so a refusal leaves every project as it was.
        Instant now = clock.instant();
        List<Redeclaration> redeclarations = new ArrayList<>();
        List<ReplaceRefusal> refusals = new ArrayList<>();
        List<Project> created = new ArrayList<>();
        for (FormData form : parsed.forms()) {
            Project declared = ProjectFactory.create(form, parsed.warnings());
            Optional<Project> existing = projects.findByYearAndDepartmentAndName(form.year(), form.department(),
                    form.name());
            if (existing.isPresent()) {
                Redeclaration redeclaration = new Redeclaration(existing.get(), declared);
                refusals.addAll(redeclaration.refusals(monitoring.recorded(existing.get().getId())));
                redeclarations.add(redeclaration);
            } else {
                created.add(declared);
            }
        }
        if (!refusals.isEmpty()) {
            throw new ReplaceRefusedException(refusals);
        }
        List<Project> stored = new ArrayList<>();
        for (Redeclaration redeclaration : redeclarations) {
            redeclaration.apply();
            Project project = redeclaration.existing();
            ProjectWeights.apply(project);
            project.markImported(currentUser.username(), now);
            stored.add(projects.saveAndFlush(project));
            // The targets may have changed: what was recorded is judged by the new ones.
            monitoring.rejudge(project.getId());
        }
        for (Project project : created) {
            project.markImported(currentUser.username(), now);
            stored.add(projects.save(project));
        }
        events.publishEvent(new DataChangedEvent("projects"));
        return new ImportResult(parsed.forms(), stored, parsed.warnings(), List.of(), duplicates, false);
    }

    private List<FormData> existing(List<FormData> forms) {
        return forms.stream()
                .filter(form -> form.year() != null && form.department() != null && form.name() != null)
                .filter(form -> projects.findByYearAndDepartmentAndName(form.year(), form.department(), form.name())
                        .isPresent())
                .toList();
    }
}
