package org.perfgoals.monitoring.api;

import java.nio.charset.StandardCharsets;
import org.perfgoals.monitoring.QuarterTemplateService;
import org.perfgoals.monitoring.TemplateFile;
import org.perfgoals.monitoring.TemplateUpload;
import org.perfgoals.monitoring.WriteAuthorization;
import org.perfgoals.monitoring.template.TemplateWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quarterly actuals filled in Excel: the filling template of a project's quarter or of a unit's projects, and the
 * upload of a filled one (the .xlsx as the body; {@code dryRun=true} says what would change and stores nothing).
 * Who may write is decided before the file is read ({@link QuarterTemplateService}).
 */
@RestController
@RequestMapping("/api/v1")
class TemplateController {

    private static final MediaType XLSX = MediaType.parseMediaType(TemplateWorkbook.CONTENT_TYPE);

    private final QuarterTemplateService templates;
    private final WriteAuthorization authorization;

    TemplateController(QuarterTemplateService templates, WriteAuthorization authorization) {
        this.templates = templates;
        this.authorization = authorization;
    }

    @GetMapping("/projects/{id}/monitoring/{year}/{quarter}/template.xlsx")
    ResponseEntity<byte[]> projectTemplate(@PathVariable long id, @PathVariable int year, @PathVariable int quarter) {
        return download(templates.projectTemplate(id, year, quarter));
    }

    /** {@code ?department=<unit name>}: the role is decided first, so a leader gets 403 even without it. */
    @GetMapping("/monitoring/{year}/{quarter}/template.xlsx")
    ResponseEntity<byte[]> unitTemplate(@PathVariable int year, @PathVariable int quarter,
                                        @RequestParam(required = false) String department)
            throws MissingServletRequestParameterException {
        authorization.requireWriter();
        if (department == null || department.isBlank()) {
            throw new MissingServletRequestParameterException("department", "String");
        }
        return download(templates.unitTemplate(department.strip(), year, quarter));
    }

    @PostMapping("/monitoring/{year}/{quarter}/upload")
    TemplateUpload upload(@PathVariable int year, @PathVariable int quarter,
                          @RequestParam(defaultValue = "false") boolean dryRun,
                          @RequestBody(required = false) byte[] body) {
        return templates.upload(year, quarter, body == null ? new byte[0] : body, dryRun);
    }

    private static ResponseEntity<byte[]> download(TemplateFile file) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
