package org.perfgoals.alert.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.perfgoals.alert.AlertCursor;
import org.perfgoals.alert.AlertPage;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertNotFoundException;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertStatus;
import org.perfgoals.alert.AlertText;
import org.perfgoals.alert.AlertType;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The alert centre over HTTP: list with the view's filters, acknowledge and resolve with a comment. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private final AlertService alerts;
    private final TranslationProvider messages;

    AlertController(AlertService alerts, TranslationProvider messages) {
        this.alerts = alerts;
        this.messages = messages;
    }

    record EventJson(String action, String actor, Instant at, String comment) {
    }

    record AlertJson(long id, String type, String status, long projectId, String projectName,
                     @JsonProperty("department") String unit, Long indicatorId, String subject, int year,
                     Integer quarter, int month, String target,
                     String actual, String message, Instant raisedAt, Instant updatedAt, boolean demo,
                     List<EventJson> events) {
    }

    private static final List<String> COMMENT_FIELDS = List.of("comment");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    /**
     * A page of alerts, newest first (updatedAt, then id). Either by number ({@code page}, {@code size}) or by keyset:
     * {@code after} = the {@code X-Next-Cursor} of the page before, which costs the same on the thousandth page as on
     * the first and never repeats or skips an alert. {@code X-Next-Cursor} (and a {@code Link rel="next"}) come with
     * every page that has a next one; {@code X-Total-Count} unless {@code count=false}.
     */
    @GetMapping
    ResponseEntity<List<AlertJson>> list(@RequestParam(required = false) Long projectId,
                                         @RequestParam(required = false) AlertStatus status,
                                         @RequestParam(required = false) AlertType type,
                                         @RequestParam(required = false) String unit,
                                         @RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) Integer quarter,
                                         @RequestParam(required = false) Boolean active,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "100") int size,
                                         @RequestParam(required = false) String after,
                                         @RequestParam(defaultValue = "true") boolean count,
                                         Locale locale) {
        if (page < 0 || size < 1 || size > 1000 || (quarter != null && (quarter < 1 || quarter > 4))
                || (after != null && page != 0)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page >= 0, 1 <= size <= 1000, quarter 1-4, page 0 with after");
        }
        AlertFilter filter = new AlertFilter(status, type, unit, projectId, year,
                quarter == null ? null : quarter * 3, active);
        AlertPage alertPage;
        if (after != null || page == 0) {
            alertPage = alerts.page(filter, after == null ? null : AlertCursor.parse(after, "after"), size);
        } else {
            List<AlertRecord> rows = alerts.list(filter, PageRequest.of(page, size, NEWEST_FIRST));
            // The cursor after a numbered page; a page that is full may have a next one.
            alertPage = new AlertPage(rows, rows.size() == size ? AlertCursor.of(rows.getLast()) : null);
        }
        List<AlertJson> body = alertPage.alerts().stream().map(alert -> json(alert, locale)).toList();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (count) {
            response.header("X-Total-Count", String.valueOf(alerts.count(filter)));
        }
        if (alertPage.next() != null) {
            String next = alertPage.next().token();
            response.header("X-Next-Cursor", next);
            response.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page").replaceQueryParam("after", next).build().encode().toUriString()
                    + ">; rel=\"next\"");
        }
        return response.body(body);
    }

    @GetMapping("/{id}")
    AlertJson get(@PathVariable long id, Locale locale) {
        return alerts.get(id).map(alert -> json(alert, locale)).orElseThrow(() -> new AlertNotFoundException(id));
    }

    /** {"comment": "…"} or no body; read only after the user was allowed to act on the alert. */
    @PostMapping("/{id}/acknowledge")
    AlertJson acknowledge(@PathVariable long id, @RequestBody(required = false) byte[] body, Locale locale) {
        return json(alerts.acknowledge(id, () -> comment(body)), locale);
    }

    @PostMapping("/{id}/resolve")
    AlertJson resolve(@PathVariable long id, @RequestBody(required = false) byte[] body, Locale locale) {
        return json(alerts.resolve(id, () -> comment(body)), locale);
    }

    private static String comment(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        return JsonBody.parse(body, COMMENT_FIELDS, name -> name).text("comment");
    }

    /** The unit keeps its wire name {@code department}. */
    private AlertJson json(AlertRecord alert, Locale locale) {
        return new AlertJson(alert.id(), alert.type().name(), alert.status().name(), alert.projectId(),
                alert.projectName(), alert.unit(), alert.indicatorId(), alert.subjectName(), alert.year(),
                alert.quarter(), alert.month(), alert.targetText(), alert.actualText(),
                AlertText.message(alert, messages, locale), alert.raisedAt(), alert.updatedAt(), alert.demo(),
                alert.events().stream().map(event -> new EventJson(event.action().name(), event.actor(),
                        event.happenedAt(), AlertText.comment(event, messages, locale))).toList());
    }
}
