package org.perfgoals.monitoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.FieldError;
import org.perfgoals.monitoring.IndicatorNotFoundException;
import org.perfgoals.monitoring.MonitoringService;
import org.perfgoals.monitoring.MonitoringValidationException;
import org.perfgoals.monitoring.PeriodSheet;
import org.perfgoals.monitoring.ProjectNotFoundException;
import org.perfgoals.monitoring.ReportLockedException;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.domain.ActualInput;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Actuals and budget execution per quarter. Feeds from other systems write numbers first: a RED value is stored
 * without its explanation, and the row then says the explanation is missing (submitting the quarter needs it).
 */
@RestController
@RequestMapping("/api/v1")
class MonitoringController {

    private final MonitoringService monitoring;
    private final TranslationProvider messages;

    MonitoringController(MonitoringService monitoring, TranslationProvider messages) {
        this.monitoring = monitoring;
        this.messages = messages;
    }

    @GetMapping("/projects/{id}/monitoring/{year}/{quarter}")
    MonitoringJson.SheetJson sheet(@PathVariable long id, @PathVariable int year, @PathVariable int quarter) {
        return MonitoringJson.SheetJson.of(monitoring.sheet(id, period(year, quarter)), quarter);
    }

    @PutMapping("/indicators/{id}/actuals/{year}/{quarter}")
    MonitoringJson.ActualJson putActual(@PathVariable long id, @PathVariable int year, @PathVariable int quarter,
                                        @RequestBody JsonNode body) {
        Period period = period(year, quarter);
        long projectId = monitoring.projectOfIndicator(id).orElseThrow(() -> new IndicatorNotFoundException(id));
        ActualEntry entry = new ActualEntry(id, text(body.get("value")), parts(body.get("parts")),
                choice(Assessment.class, body, "assessment"),
                body.hasNonNull("done") ? body.get("done").asBoolean() : null, date(body, "doneOn"),
                choice(DeviationCause.class, body, "deviationCause"), text(body.get("deviationText")),
                text(body.get("measures")), choice(Likelihood.class, body, "likelihood"),
                text(body.get("expectedFullYear")));
        PeriodSheet sheet = monitoring.save(projectId, period, new SheetInput(List.of(entry), List.of(), null, null),
                EntryMode.FEED);
        return MonitoringJson.ActualJson.of(sheet.row(id), year, quarter);
    }

    @PutMapping("/budget-items/{id}/execution/{year}/{quarter}")
    MonitoringJson.BudgetJson putExecution(@PathVariable long id, @PathVariable int year, @PathVariable int quarter,
                                           @RequestBody JsonNode body) {
        Period period = period(year, quarter);
        long projectId = monitoring.projectOfBudgetItem(id).orElseThrow(() -> new ProjectNotFoundException(id));
        SpendingEntry entry = new SpendingEntry(id, text(body.get("amount")), text(body.get("overBudgetReason")));
        PeriodSheet sheet = monitoring.save(projectId, period, new SheetInput(List.of(), List.of(entry), null, null),
                EntryMode.FEED);
        return sheet.budget().stream().filter(row -> row.item().getId() == id).map(MonitoringJson.BudgetJson::of)
                .findFirst().orElseThrow();
    }

    @GetMapping("/projects/{id}/weights")
    MonitoringJson.WeightsJson weights(@PathVariable long id) {
        return MonitoringJson.WeightsJson.of(monitoring.weighting(id));
    }

    /** {"scheme": "equal" | "national" | "custom", "level1Points": {"产出目标": 40, …}} (points only for custom). */
    @PutMapping("/projects/{id}/weights")
    MonitoringJson.WeightsJson putWeights(@PathVariable long id, @RequestBody JsonNode body) {
        String scheme = body.hasNonNull("scheme") ? body.get("scheme").asString() : null;
        monitoring.changeWeights(id, scheme, points(body.get("level1Points")), null);
        return MonitoringJson.WeightsJson.of(monitoring.weighting(id));
    }

    /** Points as JSON numbers or typed text; a text that is no number is refused with its 一级 named. */
    private static Map<String, BigDecimal> points(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        List<FieldError> errors = new java.util.ArrayList<>();
        node.properties().forEach(entry -> {
            String written = text(entry.getValue());
            ActualInput.ParsedNumber parsed = ActualInput.parse(written, "", false);
            if (parsed.isValid()) {
                points.put(entry.getKey(), parsed.value());
            } else if (ActualInput.EMPTY.equals(parsed.error())) {
                points.put(entry.getKey(), null);
            } else {
                errors.add(new FieldError("weights:" + entry.getKey(), parsed.error(), List.of(written)));
            }
        });
        if (!errors.isEmpty()) {
            throw new MonitoringValidationException(errors);
        }
        return points;
    }

    private static Period period(int year, int quarter) {
        if (quarter < 1 || quarter > 4 || year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new MonitoringValidationException(List.of(new FieldError("quarter", "periodInvalid",
                    List.of(String.valueOf(year), String.valueOf(quarter)))));
        }
        return Period.quarter(year, quarter);
    }

    /** Numbers may come as JSON numbers or as typed text ("98%", "９８"). */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asString();
    }

    private static Map<String, String> parts(JsonNode node) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(entry -> parts.put(entry.getKey(), text(entry.getValue())));
        }
        return parts;
    }

    private static LocalDate date(JsonNode body, String field) {
        if (!body.hasNonNull(field)) {
            return null;
        }
        try {
            return LocalDate.parse(body.get(field).asString());
        } catch (DateTimeParseException e) {
            throw new MonitoringValidationException(List.of(new FieldError(field, "dateInvalid",
                    List.of(body.get(field).asString()))));
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, JsonNode body, String field) {
        if (!body.hasNonNull(field)) {
            return null;
        }
        String written = body.get(field).asString();
        try {
            return Enum.valueOf(type, written.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MonitoringValidationException(List.of(new FieldError(field, "choiceInvalid",
                    List.of(written, Arrays.toString(type.getEnumConstants())))));
        }
    }

    @ExceptionHandler(MonitoringValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(MonitoringValidationException invalid, Locale locale) {
        List<Map<String, Object>> errors = invalid.getErrors().stream().map(error -> Map.<String, Object>of(
                "field", error.field(), "code", error.code(), "message",
                messages.getTranslation("monitoring.error." + error.code(), locale, error.args().toArray())))
                .toList();
        return ResponseEntity.badRequest().body(Map.of("errors", errors));
    }

    @ExceptionHandler(ReportLockedException.class)
    ResponseEntity<Map<String, Object>> locked(ReportLockedException locked, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error",
                messages.getTranslation("monitoring.locked", locale, locked.getState().name())));
    }

    @ExceptionHandler({IndicatorNotFoundException.class, ProjectNotFoundException.class})
    ResponseEntity<Map<String, Object>> notFound(RuntimeException missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", missing.getMessage()));
    }
}
