package org.perfgoals.security.user.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.security.Role;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAdminException;
import org.perfgoals.security.user.UserAdminException.Field;
import org.perfgoals.security.user.UserAdministration;
import org.perfgoals.security.user.UserChange;
import org.perfgoals.security.user.UserRecord;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The users' administration (ADMIN): {@code GET /api/v1/users} (paged with page/size, total in X-Total-Count),
 * {@code GET /api/v1/users/{id}}, {@code POST /api/v1/users} ({@code {username, displayName, email, unitId, roles}}
 * → 201 with {@code initialPassword}, shown once), {@code PATCH /api/v1/users/{id}} ({@code enabled, roles, unitId})
 * and {@code POST /api/v1/users/{id}/password-reset} (→ {@code oneTimePassword}, shown once). The unit is named by
 * {@code unitId} or by its name ({@code unit}), not both; it must be a stored unit. No DELETE: a user is disabled,
 * never deleted.
 * The role is checked before the body is read.
 */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

    private static final int MAX_PAGE_SIZE = 1000;
    private static final String USERNAME = "username";
    private static final String DISPLAY_NAME = "displayName";
    private static final String EMAIL = "email";
    private static final String UNIT = "unit";
    private static final String UNIT_ID = "unitId";
    private static final String ROLES = "roles";
    private static final String ENABLED = "enabled";
    private static final List<String> CREATE_FIELDS = List.of(USERNAME, DISPLAY_NAME, EMAIL, UNIT, UNIT_ID,
            ROLES);
    private static final List<String> CHANGE_FIELDS = List.of(ENABLED, ROLES, UNIT, UNIT_ID);
    private static final int MAX_ROLES = 10;

    private final UserAdministration administration;

    UsersController(UserAdministration administration) {
        this.administration = administration;
    }

    record UserJson(long id, String username, String displayName, @Nullable String email, @Nullable Long unitId,
                    @Nullable String unit, List<String> roles, boolean enabled, boolean mustChangePassword,
                    @Nullable Instant lastLoginAt) {

        static UserJson of(UserRecord user, Map<String, Long> unitIds) {
            return new UserJson(user.id(), user.username(), user.displayName(), user.email(),
                    user.unit() == null ? null : unitIds.get(user.unit()), user.unit(),
                    user.roles().stream().sorted().map(Role::name).toList(), user.enabled(),
                    user.mustChangePassword(), user.lastLoginAt());
        }
    }

    record CreatedJson(long id, String username, String displayName, @Nullable String email, @Nullable Long unitId,
                       @Nullable String unit, List<String> roles, boolean enabled, boolean mustChangePassword,
                       String initialPassword) {
    }

    record ResetJson(long id, String username, boolean mustChangePassword, String oneTimePassword) {
    }

    @GetMapping
    ResponseEntity<List<UserJson>> list(@RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "100") int size) {
        administration.authorize();
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        Map<String, Long> unitIds = administration.unitIds();
        List<UserJson> body = administration.list(page, size).stream().map(user -> UserJson.of(user, unitIds))
                .toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(administration.count())).body(body);
    }

    @GetMapping("/{id}")
    UserJson get(@PathVariable long id) {
        return UserJson.of(administration.get(id), administration.unitIds());
    }

    @PostMapping
    ResponseEntity<CreatedJson> create(@RequestBody(required = false) byte @Nullable [] raw) {
        administration.authorize();
        JsonBody body = JsonBody.parse(raw == null ? new byte[0] : raw, CREATE_FIELDS, name -> name);
        body.require(USERNAME, "3–50 a-z 0-9 . _ -");
        body.require(DISPLAY_NAME, DISPLAY_NAME);
        body.require(ROLES, String.join(", ", names()));
        String username = body.text(USERNAME);
        String displayName = body.text(DISPLAY_NAME);
        Set<Role> roles = roles(body.texts(ROLES));
        List<UserAdminException.Problem> problems = new ArrayList<>();
        if (username == null || username.isBlank()) {
            problems.add(new UserAdminException.Problem(Field.USERNAME, "username", List.of("3", "50")));
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add(new UserAdminException.Problem(Field.DISPLAY_NAME, "required", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new UserAdminException(UserAdminException.Kind.INVALID, problems);
        }
        UserAdministration.Created created = administration.create(new NewUser(username, displayName,
                body.text(EMAIL), unit(body), roles));
        UserRecord user = created.user();
        UserJson json = UserJson.of(user, administration.unitIds());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedJson(json.id(), json.username(),
                json.displayName(), json.email(), json.unitId(), json.unit(), json.roles(), json.enabled(),
                json.mustChangePassword(), created.initialPassword()));
    }

    @PatchMapping("/{id}")
    UserJson change(@PathVariable long id, @RequestBody(required = false) byte @Nullable [] raw) {
        administration.authorize();
        JsonBody body = JsonBody.parse(raw == null ? new byte[0] : raw, CHANGE_FIELDS, name -> name);
        Boolean enabled = body.bool(ENABLED);
        if (body.has(ENABLED) && enabled == null) {
            throw new UserAdminException(UserAdminException.Kind.INVALID,
                    List.of(new UserAdminException.Problem(Field.ENABLED, "required", List.of())));
        }
        Set<Role> roles = body.has(ROLES) ? roles(body.texts(ROLES)) : null;
        return UserJson.of(administration.change(id, new UserChange(enabled, roles,
                body.has(UNIT) || body.has(UNIT_ID), unit(body))), administration.unitIds());
    }

    /** The unit sent by id or by name (not both), as its name; null for none. */
    private @Nullable String unit(JsonBody body) {
        if (body.has(UNIT) && body.has(UNIT_ID)) {
            throw new UserAdminException(UserAdminException.Kind.INVALID,
                    List.of(new UserAdminException.Problem(Field.UNIT_ID, "unitAndUnitId", List.of())));
        }
        Long unitId = body.id(UNIT_ID);
        return unitId == null ? body.text(UNIT) : administration.unitName(unitId);
    }

    @PostMapping("/{id}/password-reset")
    ResetJson resetPassword(@PathVariable long id) {
        UserAdministration.Created reset = administration.resetPassword(id);
        return new ResetJson(reset.user().id(), reset.user().username(), reset.user().mustChangePassword(),
                reset.initialPassword());
    }

    /** At least one role, each a {@link Role} by name (case-insensitive); an unknown one is named in the error. */
    private static Set<Role> roles(@Nullable List<String> sent) {
        if (sent == null || sent.isEmpty()) {
            throw invalidRoles("required", List.of());
        }
        if (sent.size() > MAX_ROLES) {
            throw invalidRoles("tooManyRoles", List.of(String.valueOf(MAX_ROLES)));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : sent) {
            Role role = names().contains(name.strip().toUpperCase(Locale.ROOT))
                    ? Role.valueOf(name.strip().toUpperCase(Locale.ROOT)) : null;
            if (role == null) {
                throw invalidRoles("unknownRole", List.of(JsonBody.prefix(name), String.join(", ", names())));
            }
            roles.add(role);
        }
        return roles;
    }

    private static UserAdminException invalidRoles(String code, List<String> args) {
        return new UserAdminException(UserAdminException.Kind.INVALID,
                List.of(new UserAdminException.Problem(Field.ROLES, code, args)));
    }

    private static List<String> names() {
        return EnumSet.allOf(Role.class).stream().map(Role::name).toList();
    }
}
