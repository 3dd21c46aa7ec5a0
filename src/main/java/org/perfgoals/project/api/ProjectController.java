package org.perfgoals.project.api;

import java.util.List;
import java.util.Locale;
import org.perfgoals.base.NotFoundException;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectQueries;
import org.perfgoals.project.ProjectService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/projects} (filter by year, department, name; paged with page/size, total in X-Total-Count)
 * and {@code GET /api/v1/projects/{id}}.
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    private static final int MAX_PAGE_SIZE = 1000;

    private final ProjectService projects;
    private final ProjectQueries queries;
    private final TranslationProvider messages;

    ProjectController(ProjectService projects, ProjectQueries queries, TranslationProvider messages) {
        this.projects = projects;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping
    ResponseEntity<List<ProjectJson>> list(@RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) String unit,
                                           @RequestParam(required = false) String q,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "100") int size, Locale locale) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        ProjectFilter filter = new ProjectFilter(year, unit, q);
        List<ProjectJson> body = queries.details(filter, PageRequest.of(page, size, Sort.by("id")))
                .stream().map(project -> ProjectJson.of(project, messages, locale)).toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(projects.count(filter))).body(body);
    }

    @GetMapping("/{id}")
    ProjectJson get(@PathVariable long id, Locale locale) {
        return queries.details(id).map(project -> ProjectJson.of(project, messages, locale))
                .orElseThrow(() -> new NotFoundException("project", id));
    }
}
