package org.perfgoals.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perfgoals.monitoring.MonitoringProperties;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.WeightsService;
import org.perfgoals.monitoring.domain.BudgetExecution;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.ReadScope;
import org.perfgoals.security.ReadScopes;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The leaders' overview of all projects, computed from a few aggregate queries whatever the number of projects. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'MANAGER')")
public class DashboardService {

    private final OverviewCache cache;
    private final OverviewFacts facts;
    private final DashboardRepository queries;
    private final OverviewCalculator calculator;
    private final QuarterEntryService monitoring;
    private final WeightsService weights;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final ReadScopes scopes;
    private final Timer computations;

    DashboardService(DashboardRepository queries, MonitoringProperties properties, QuarterEntryService monitoring,
                     WeightsService weights, UnitAccess access, CurrentUser currentUser, ReadScopes scopes,
                     OverviewCache cache, OverviewFacts facts, MeterRegistry meters) {
        this.facts = facts;
        this.computations = meters.timer("perfgoals.overview.compute");
        this.scopes = scopes;
        this.cache = cache;
        this.queries = queries;
        this.monitoring = monitoring;
        this.weights = weights;
        this.access = access;
        this.currentUser = currentUser;
        this.calculator = new OverviewCalculator(new BudgetExecution(properties.thresholds()));
    }

    /** Asked first by the REST API, so that who may read is decided before the parameters are. */
    public void authorize() {
        // The @PreAuthorize of the class is the whole check.
    }

    /**
     * The overview of a year and quarter over the units the reader may see. It is cached per filter and read scope
     * until stored figures change ({@link OverviewCache}): everyone with the same scope pages through the same
     * result instead of keeping their own copy of thousands of rows, and no unit's figures reach another scope.
     * Runs outside a transaction: a read of the data version, maybe a short write transaction of its own that brings
     * the per-project rows up to date ({@link OverviewFacts}), then three queries; no pooled connection is held
     * while it waits for another refresh.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Overview overview(OverviewFilter filter) {
        return cache.get(filter, scopes.current(), this::compute);
    }

    /** One page of the overview's projects, in the order asked for. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<ProjectOverview> projects(OverviewFilter filter, java.util.Comparator<ProjectOverview> order,
                                          int offset, int limit) {
        List<ProjectOverview> all = overview(filter).projects();
        return (order == null ? all.stream() : all.stream().sorted(order)).skip(offset).limit(limit).toList();
    }

    private Overview compute(OverviewFilter filter, ReadScope scope) {
        return computations.record(() -> calculate(filter, scope));
    }

    /**
     * From the per-project rows, brought up to date first (only the projects changed since the last time are
     * recomputed), and of the chosen unit only when one is chosen.
     */
    private Overview calculate(OverviewFilter filter, ReadScope scope) {
        facts.bringUpToDate();
        DashboardRepository.Sources sources = queries.facts(filter.year(), filter.month(), filter.unit(), scope);
        return calculator.calculate(filter, sources.projects(), sources.indicatorCounts(), sources.statusCounts(),
                sources.spending(), queries.activeAlertsByType(filter.unit(), scope), sources.weightedScores(),
                sources.budgetWeights());
    }

    /**
     * The overview recomputed from the source tables with year-wide aggregates, as before the per-project rows
     * existed, bypassing the cache: the reference the tests and the benchmark compare the overview with. Seconds at
     * 100,000 projects; not for views.
     */
    public Overview recomputedFromSources(OverviewFilter filter) {
        ReadScope scope = scopes.current();
        return calculator.calculate(filter, queries.projects(filter.year(), filter.unit(), scope),
                queries.indicatorCounts(filter.year(), scope), queries.statusCounts(filter.year(), scope),
                queries.spending(filter.year(), scope), queries.activeAlertsByType(filter.unit(), scope),
                queries.weightedScores(filter.year(), filter.month(), scope),
                queries.budgetIndicatorWeights(filter.year(), scope));
    }

    /**
     * A project's four quarters of a year, for its dashboard. Managers see only their own unit's projects; leaders
     * and admins every project.
     */
    public List<PeriodSheet> projectYear(long projectId, int year) {
        List<PeriodSheet> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            quarters.add(monitoring.sheet(projectId, Period.quarter(year, quarter)));
        }
        String unit = quarters.getFirst().project().unit();
        if (!currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.LEADER) && !access.canReview(unit)) {
            throw new AccessDeniedException(currentUser.username() + " may not see the dashboard of " + unit);
        }
        return quarters;
    }

    /** See {@link WeightsService#changeWeights}: custom takes the points of every 一级. */
    @Transactional
    public void changeWeights(long projectId, WeightScheme scheme, Map<String, BigDecimal> points,
                              Long seenVersion) {
        weights.changeWeights(projectId, scheme, points, seenVersion);
    }

    /** Whether the current user may change how the project's indicators are weighted. */
    public boolean canChangeWeights(String unit) {
        return access.canReview(unit);
    }

    /** The units the overview's filter offers: those of the year the reader may see. */
    public List<String> units(int year) {
        return queries.units(year, scopes.current());
    }
}
