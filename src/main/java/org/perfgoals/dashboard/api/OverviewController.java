package org.perfgoals.dashboard.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.perfgoals.dashboard.DashboardService;
import org.perfgoals.dashboard.Overview;
import org.perfgoals.dashboard.OverviewFilter;
import org.perfgoals.dashboard.ProjectOverview;
import org.perfgoals.dashboard.Tiles;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.project.ProjectService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The overview (总览) as JSON: the tiles, the budget by unit and by fund use, and a page of the per-project rows,
 * over exactly the units the caller sees in the view (a manager their own unit and those below it). Without a year
 * it is the latest year with projects; without a quarter the last one that has begun.
 */
@RestController
class OverviewController {

    static final int MAX_SIZE = 1000;

    private final DashboardService dashboards;
    private final ProjectService projects;
    private final Clock clock;

    OverviewController(DashboardService dashboards, ProjectService projects, Clock clock) {
        this.dashboards = dashboards;
        this.projects = projects;
        this.clock = clock;
    }

    record TilesJson(int projects, BigDecimal budget, BigDecimal spent, BigDecimal executionRate,
                     BigDecimal timeProgress, int indicators, int green, int yellow, int red, int noData,
                     Map<String, Long> activeAlerts) {
    }

    record ProjectJson(long id, @JsonProperty("department") String unit, String name, String fundUse,
                       BigDecimal budget, BigDecimal spent, BigDecimal executionRate, String status, int indicators,
                       int met, BigDecimal shareMet, Map<Integer, String> quarterStatus, @Nullable BigDecimal score,
                       @Nullable String grade) {
    }

    record OverviewJson(int year, int quarter, @Nullable String department, @Nullable String status,
                        TilesJson tiles, Map<String, BigDecimal> budgetByUnit,
                        Map<String, BigDecimal> budgetByFundUse, int totalProjects, int page, int size,
                        List<ProjectJson> projects) {
    }

    @GetMapping("/api/v1/overview")
    OverviewJson overview(@RequestParam(required = false) @Nullable Integer year,
                          @RequestParam(required = false) @Nullable Integer quarter,
                          @RequestParam(required = false) @Nullable String department,
                          @RequestParam(required = false) @Nullable Status status,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "100") int size) {
        dashboards.authorize();
        if (page < 0 || size < 1 || size > MAX_SIZE || (quarter != null && (quarter < 1 || quarter > 4))
                || (year != null && (year < 1900 || year > 2999))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page >= 0, 1 <= size <= " + MAX_SIZE + ", quarter 1-4, year 1900-2999");
        }
        int shownYear = year != null ? year : latestYear();
        int shownQuarter = quarter != null ? quarter : lastBegunQuarter(shownYear);
        Overview overview = dashboards.overview(new OverviewFilter(shownYear, shownQuarter, department, status));
        List<ProjectJson> rows = overview.projects().stream().skip((long) page * size).limit(size)
                .map(OverviewController::json).toList();
        return new OverviewJson(shownYear, shownQuarter, overview.filter().unit(),
                status == null ? null : status.name(), json(overview.tiles()), overview.budgetByUnit(),
                overview.budgetByFundUse(), overview.projects().size(), page, size, rows);
    }

    private int latestYear() {
        List<Integer> years = projects.years();
        return years.isEmpty() ? LocalDate.now(clock).getYear() : years.getFirst();
    }

    private int lastBegunQuarter(int year) {
        LocalDate today = LocalDate.now(clock);
        if (year != today.getYear()) {
            return year < today.getYear() ? 4 : 1;
        }
        return (today.getMonthValue() + 2) / 3;
    }

    private static TilesJson json(Tiles tiles) {
        return new TilesJson(tiles.projects(), tiles.budget(), tiles.spent(), tiles.executionRate(),
                tiles.timeProgress(), tiles.indicators(), tiles.green(), tiles.yellow(), tiles.red(), tiles.noData(),
                tiles.activeAlerts());
    }

    private static ProjectJson json(ProjectOverview row) {
        Map<Integer, String> quarters = new LinkedHashMap<>();
        row.quarterStatus().forEach((q, s) -> quarters.put(q, s.name()));
        return new ProjectJson(row.id(), row.unit(), row.name(), row.fundUse(), row.budget(), row.spent(),
                row.executionRate(), row.status().name(), row.indicators(), row.met(), row.shareMet(), quarters,
                row.score(), row.grade() == null ? null : row.grade().name());
    }
}
