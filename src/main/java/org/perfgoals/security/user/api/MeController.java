package org.perfgoals.security.user.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.security.Role;
import org.perfgoals.security.user.UserAccounts;
import org.perfgoals.security.user.UserRecord;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own account: {@code GET /api/v1/me}, and {@code PUT /api/v1/me/password} with
 * {@code {current, new}} (204; a wrong current password is a 400 naming {@code current}, like every other refusal,
 * so that all of them come as field errors). Both stay open to a caller who must change the password.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private static final List<String> PASSWORD_FIELDS = List.of("current", "new");

    private final UserAccounts accounts;

    MeController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record MeJson(String username, String displayName, @Nullable String email, @Nullable String unit,
                  List<String> roles, boolean mustChangePassword, @Nullable String language) {
    }

    @GetMapping
    MeJson me() {
        UserRecord me = accounts.me();
        return new MeJson(me.username(), me.displayName(), me.email(), me.unit(),
                me.roles().stream().sorted().map(Role::name).toList(), me.mustChangePassword(), me.language());
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody(required = false) byte @Nullable [] body) {
        JsonBody json = JsonBody.parse(body == null ? new byte[0] : body, PASSWORD_FIELDS, name -> name);
        String current = json.text("current");
        String next = json.text("new");
        accounts.changeOwnPassword(current == null ? "" : current, next == null ? "" : next);
    }
}
