package org.perfgoals.export.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.export.MonitoringWorkbook;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring form of a project's quarter as an .xlsx file. Labels follow {@code ?lang=en} or the request's
 * Accept-Language; without either the form is Chinese, as the national form is.
 */
@RestController
@RequestMapping("/api/v1")
class MonitoringExportController {

    private static final MediaType XLSX = MediaType.parseMediaType(MonitoringWorkbook.CONTENT_TYPE);

    private final QuarterEntryService monitoring;
    private final TranslationProvider messages;
    private final MonitoringWorkbook workbook;

    MonitoringExportController(QuarterEntryService monitoring, TranslationProvider messages) {
        this.monitoring = monitoring;
        this.messages = messages;
        this.workbook = new MonitoringWorkbook(messages);
    }

    @GetMapping("/projects/{id}/monitoring/{year}/{quarter}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable int year, @PathVariable int quarter,
                             @RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = locale(lang, request);
        // Only the project's own quarters exist: another year is a 400 naming it, not an empty form.
        PeriodSheet sheet = monitoring.sheetOfQuarter(id, year, quarter);
        byte[] bytes = workbook.bytes(sheet, locale);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .contentLength(bytes.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(workbook.fileName(sheet, locale), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private static Locale locale(String lang, HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang.strip());
        }
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? TranslationProvider.CHINESE
                : request.getLocale();
    }
}
