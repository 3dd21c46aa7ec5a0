package org.perfgoals.unit.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.unit.UnitAdministration;
import org.perfgoals.unit.UnitException;
import org.perfgoals.unit.UnitQueries;
import org.perfgoals.unit.UnitRecord;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit tree (ADMIN): {@code GET /api/v1/units} (every unit, parents before children), {@code GET
 * /api/v1/units/{id}}, {@code POST /api/v1/units} ({@code {name, parentId}} → 201), {@code PATCH
 * /api/v1/units/{id}} ({@code name} renames, {@code parentId} moves, null to the top) and {@code POST
 * /api/v1/units/{id}/merge} ({@code {into}}: the unit's projects, alerts, users and children move to {@code into},
 * and the unit is deleted). The role is checked before the body is read.
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitsController {

    private static final String NAME = "name";
    private static final String PARENT = "parentId";
    private static final String INTO = "into";

    private final UnitAdministration administration;
    private final UnitQueries queries;

    UnitsController(UnitAdministration administration, UnitQueries queries) {
        this.administration = administration;
        this.queries = queries;
    }

    record UnitJson(long id, String name, @Nullable Long parentId, @Nullable String parentName, int depth,
                    long projects, long users) {

        static UnitJson of(UnitRecord unit) {
            return new UnitJson(unit.id(), unit.name(), unit.parentId(), unit.parentName(), unit.depth(),
                    unit.projects(), unit.users());
        }
    }

    @GetMapping
    List<UnitJson> list() {
        administration.authorize();
        return queries.tree().stream().map(UnitJson::of).toList();
    }

    @GetMapping("/{id}")
    UnitJson get(@PathVariable long id) {
        administration.authorize();
        return UnitJson.of(queries.get(id));
    }

    @PostMapping
    ResponseEntity<UnitJson> create(@RequestBody(required = false) byte @Nullable [] raw) {
        administration.authorize();
        JsonBody body = body(raw, List.of(NAME, PARENT));
        body.require(NAME, NAME);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(UnitJson.of(administration.create(name(body), body.id(PARENT))));
    }

    /** Renames and/or moves; a body with neither changes nothing and answers the unit. */
    @PatchMapping("/{id}")
    UnitJson change(@PathVariable long id, @RequestBody(required = false) byte @Nullable [] raw) {
        administration.authorize();
        UnitRecord unit = queries.get(id);
        JsonBody body = body(raw, List.of(NAME, PARENT));
        Long parent = body.id(PARENT);
        if (body.has(NAME)) {
            unit = administration.rename(id, name(body));
        }
        if (body.has(PARENT)) {
            unit = administration.move(id, parent);
        }
        return UnitJson.of(unit);
    }

    @PostMapping("/{id}/merge")
    UnitJson merge(@PathVariable long id, @RequestBody(required = false) byte @Nullable [] raw) {
        administration.authorize();
        queries.get(id);
        JsonBody body = body(raw, List.of(INTO));
        body.require(INTO, INTO);
        Long into = body.id(INTO);
        if (into == null) {
            throw new UnitException(UnitException.Kind.INVALID, UnitException.Field.INTO, "required", List.of());
        }
        return UnitJson.of(administration.merge(id, into));
    }

    private static JsonBody body(byte @Nullable [] raw, List<String> fields) {
        return JsonBody.parse(raw == null ? new byte[0] : raw, fields, name -> name);
    }

    private static String name(JsonBody body) {
        String name = body.text(NAME);
        return name == null ? "" : name;
    }
}
