package org.perfgoals.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditSubject;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.monitoring.domain.scoring.Level1PointsCheck;
import org.perfgoals.monitoring.domain.scoring.SchemeWeights;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.ProjectWeighting;
import org.perfgoals.monitoring.read.RecordedSubjects;
import org.perfgoals.monitoring.sheet.SheetStore;
import org.perfgoals.monitoring.store.ActualValueRepository;
import org.perfgoals.monitoring.store.BudgetSpendingRepository;
import org.perfgoals.project.Project;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.UnitAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weights and scores: how a project's indicators are weighted in its self-evaluation, changed by the unit's
 * managers; and what of the project holds recorded values, which a corrected form may not drop.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class WeightsService {

    /** How a refusal names the moment of the change that made an editor's weights stale. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SheetStore store;
    private final ActualValueRepository actuals;
    private final BudgetSpendingRepository spending;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    WeightsService(SheetStore store, ActualValueRepository actuals, BudgetSpendingRepository spending,
                   UnitAccess access, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
                   AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.actuals = actuals;
        this.spending = spending;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Gives a project its weighting and reweighs its indicators; custom takes the points of every 一级 (0–100, 100
     * in all; null keeps the points stored before). Managers of the unit and admins only. Refused input stores
     * nothing and names each problem.
     *
     * @param seenVersion the project's version when the editor loaded the weights; if it changed since, the save is
     *                    refused naming who changed the weights and when (null: no check, as for feeds)
     */
    public SchemeWeights changeWeights(long projectId, WeightScheme scheme, Map<String, BigDecimal> level1Points,
                                       Long seenVersion) {
        Project project = store.project(projectId);
        access.requireReview(project.getUnit());
        if (seenVersion != null && seenVersion != project.getVersion()) {
            throw staleWeights(project);
        }
        if (scheme == WeightScheme.CUSTOM) {
            Map<String, BigDecimal> points = level1Points != null ? level1Points : project.getLevel1Points();
            List<FieldError> errors = Level1PointsCheck.check(ProjectWeights.level1s(project), points).stream()
                    .map(FieldError::of).toList();
            if (!errors.isEmpty()) {
                throw new MonitoringValidationException(errors);
            }
            project.setLevel1Points(Level1PointsCheck.normalised(points));
        }
        // The project was loaded in this transaction: the new weights are written on commit.
        project.setWeightScheme(scheme.code());
        project.markWeightsChanged(currentUser.username(), clock.instant());
        ProjectWeights.apply(project);
        audit.record(AuditEntry.of(AuditType.WEIGHTS_CHANGED, AuditSubject.project(projectId, project.getName()),
                AuditDetails.json("scheme", scheme.code(), "level1Points", project.getLevel1Points())));
        events.publishEvent(DataChangedEvent.ofProjects(List.of(projectId)));
        return ProjectWeights.scheme(project);
    }

    /** The scheme a client sent by its code, refused naming the codes there are (parsed once, at the edge). */
    public static WeightScheme scheme(String code) {
        return WeightScheme.ofCode(code).orElseThrow(() -> new MonitoringValidationException(List.of(
                new FieldError(FieldRef.Weighting.SCHEME, "weights.unknownScheme", List.of(String.valueOf(code),
                        "equal, national, custom")))));
    }

    /** Names who changed the project since the editor loaded it: a weights change, or a corrected form imported. */
    private MonitoringValidationException staleWeights(Project project) {
        Instant weightsAt = project.getWeightsChangedAt();
        boolean byImport = weightsAt == null
                || (project.getImportedAt() != null && project.getImportedAt().isAfter(weightsAt));
        Instant at = byImport ? project.getImportedAt() : weightsAt;
        String when = at == null ? "" : WHEN.withZone(clock.getZone()).format(at);
        return new MonitoringValidationException(List.of(new FieldError(FieldRef.Weighting.POINTS,
                byImport ? "weights.staleImport" : "weights.stale",
                List.of(String.valueOf(byImport ? project.getImportedBy() : project.getWeightsChangedBy()), when))));
    }

    /** The project's weighting and the weight of each indicator under it. */
    @Transactional(readOnly = true)
    public ProjectWeighting weighting(long projectId) {
        Project project = store.project(projectId);
        return ProjectWeighting.of(project.getId(), ProjectWeights.scheme(project),
                project.getIndicators().stream().map(IndicatorRecord::of).toList(),
                access.canReview(project.getUnit()));
    }

    /** The indicators of the project that hold a value, and its budget items that hold spending. */
    @Transactional(readOnly = true)
    public RecordedSubjects recorded(long projectId) {
        return new RecordedSubjects(Set.copyOf(actuals.findIndicatorIdsWithValues(projectId)),
                Set.copyOf(spending.findBudgetItemIdsWithSpending(projectId)));
    }
}
