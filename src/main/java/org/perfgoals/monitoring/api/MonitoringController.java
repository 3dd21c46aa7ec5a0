package org.perfgoals.monitoring.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.MonitoringFeed;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.WeightsService;
import org.perfgoals.monitoring.WriteAuthorization;
import org.perfgoals.monitoring.WriteScope;
import org.perfgoals.monitoring.domain.scoring.Level1PointsInput;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actuals and budget execution per quarter. Feeds from other systems write numbers first: a RED value is stored
 * without its explanation, and the row then says the explanation is missing (submitting the quarter needs it).
 *
 * <p>Every write decides who may act before it reads the body (403 for leaders and other units, 404 for unknown
 * ids, 400 for a quarter outside the project's year), then reads the body strictly ({@link ActualBody},
 * {@link SpendingBody}); concurrent writers of a quarter are retried ({@link MonitoringFeed}) or get 409.
 */
@RestController
@RequestMapping("/api/v1")
class MonitoringController {

    private static final String LEVEL1_POINTS = "level1Points";
    private static final List<String> WEIGHTS_FIELDS = List.of("scheme", LEVEL1_POINTS);

    private final QuarterEntryService entry;
    private final WriteAuthorization authorization;
    private final WeightsService weights;
    private final MonitoringFeed feed;
    private final TranslationProvider messages;

    MonitoringController(QuarterEntryService entry, WriteAuthorization authorization, WeightsService weights,
                         MonitoringFeed feed, TranslationProvider messages) {
        this.entry = entry;
        this.authorization = authorization;
        this.weights = weights;
        this.feed = feed;
        this.messages = messages;
    }

    @GetMapping("/projects/{id}/monitoring/{year}/{quarter}")
    MonitoringJson.SheetJson sheet(@PathVariable long id, @PathVariable int year, @PathVariable int quarter) {
        return MonitoringJson.SheetJson.of(entry.sheetOfQuarter(id, year, quarter), quarter);
    }

    /**
     * Writes one indicator's actual. Who may write is decided first (role, indicator, unit, the project's own
     * quarter), and only then is the body read: the body is taken raw so that nothing parses it before.
     */
    @PutMapping("/indicators/{id}/actuals/{year}/{quarter}")
    MonitoringJson.ActualJson putActual(@PathVariable long id, @PathVariable int year, @PathVariable int quarter,
                                        @RequestBody(required = false) byte[] body, Locale locale) {
        WriteScope scope = authorization.authorizeActual(id, year, quarter);
        String kind = messages.getTranslation("target.words.kind." + scope.target().kind().name(), locale);
        return writeActual(scope, ActualBody.read(id, scope.target(), body, kind), id);
    }

    /** Clears an indicator's actual of the quarter and its explanation, kept in the history like any change. */
    @DeleteMapping("/indicators/{id}/actuals/{year}/{quarter}")
    MonitoringJson.ActualJson deleteActual(@PathVariable long id, @PathVariable int year, @PathVariable int quarter) {
        return writeActual(authorization.authorizeActual(id, year, quarter), ActualBody.cleared(id), id);
    }

    private MonitoringJson.ActualJson writeActual(WriteScope scope, ActualEntry entry, long id) {
        PeriodSheet sheet = feed.write(scope, new SheetInput(List.of(entry), List.of(), null, null));
        return MonitoringJson.ActualJson.of(sheet.row(id), scope.period().year(),
                scope.period().quarter().orElseThrow());
    }

    /** {"amount": 500000, "overBudgetReason": "…"}: the amount spent in the quarter is required. */
    @PutMapping("/budget-items/{id}/execution/{year}/{quarter}")
    MonitoringJson.BudgetJson putExecution(@PathVariable long id, @PathVariable int year, @PathVariable int quarter,
                                           @RequestBody(required = false) byte[] body) {
        WriteScope scope = authorization.authorizeSpending(id, year, quarter);
        return writeSpending(scope, SpendingBody.read(id, body), id);
    }

    /** Sets the quarter's spending of the sub-item to 0 and drops its reason, kept in the history. */
    @DeleteMapping("/budget-items/{id}/execution/{year}/{quarter}")
    MonitoringJson.BudgetJson deleteExecution(@PathVariable long id, @PathVariable int year,
                                              @PathVariable int quarter) {
        return writeSpending(authorization.authorizeSpending(id, year, quarter), new SpendingEntry(id, null, null), id);
    }

    private MonitoringJson.BudgetJson writeSpending(WriteScope scope, SpendingEntry entry, long id) {
        PeriodSheet sheet = feed.write(scope, new SheetInput(List.of(), List.of(entry), null, null));
        return MonitoringJson.BudgetJson.of(sheet.budgetRow(id));
    }

    @GetMapping("/projects/{id}/weights")
    MonitoringJson.WeightsJson weights(@PathVariable long id) {
        return MonitoringJson.WeightsJson.of(weights.weighting(id));
    }

    /** {"scheme": "equal" | "national" | "custom", "level1Points": {"产出目标": 40, …}} (points only for custom). */
    @PutMapping("/projects/{id}/weights")
    MonitoringJson.WeightsJson putWeights(@PathVariable long id, @RequestBody(required = false) byte[] raw) {
        authorization.authorizeWeights(id);
        // A wrong-typed point is named by JsonBody as "level1Points:<一级>", the JSON key the client sent.
        JsonBody body = JsonBody.parse(raw, WEIGHTS_FIELDS, name -> name.startsWith(LEVEL1_POINTS + ":")
                ? new FieldRef.Level1Points(name.substring(LEVEL1_POINTS.length() + 1)).path() : name);
        body.require("scheme", "equal, national, custom");
        weights.changeWeights(id, WeightsService.scheme(body.text("scheme")), points(body.numbers(LEVEL1_POINTS)),
                null);
        return MonitoringJson.WeightsJson.of(weights.weighting(id));
    }

    /** Points as JSON numbers or typed text; a text that is no number is refused with its 一级 named. */
    private static Map<String, BigDecimal> points(Map<String, String> sent) {
        if (sent == null) {
            return null;
        }
        Level1PointsInput.Read read = Level1PointsInput.read(sent);
        if (!read.readable()) {
            throw new MonitoringValidationException(read.problems().stream().map(FieldError::of).toList());
        }
        return read.points();
    }
}
