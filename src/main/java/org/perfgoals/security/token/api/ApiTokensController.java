package org.perfgoals.security.token.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.security.token.ApiTokenRecord;
import org.perfgoals.security.token.ApiTokens;
import org.perfgoals.security.token.NewApiToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own API tokens: {@code POST /api/v1/me/tokens} with {@code {name, expiresInDays}} → 201 with the
 * token (its {@code token} shown only this once), {@code GET} lists them without any secret, {@code DELETE
 * /{id}} revokes one (204; another user's, a revoked or an unknown id is 404). Creating needs a password login:
 * a caller with a token gets 403 before the body is read.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
class ApiTokensController {

    private static final List<String> FIELDS = List.of("name", "expiresInDays");

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenJson(long id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt,
                     boolean expired) {
        static TokenJson of(ApiTokenRecord token) {
            return new TokenJson(token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
                    token.expired());
        }
    }

    record CreatedJson(long id, String name, Instant createdAt, Instant expiresAt, String token) {
    }

    @GetMapping
    List<TokenJson> list() {
        return tokens.mine().stream().map(TokenJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedJson create(@RequestBody(required = false) byte @Nullable [] body) {
        tokens.authorizeCreate();
        JsonBody json = JsonBody.parse(body == null ? new byte[0] : body, FIELDS, name -> name);
        NewApiToken created = tokens.create(json.text("name"), json.integer("expiresInDays"));
        ApiTokenRecord token = created.token();
        return new CreatedJson(token.id(), token.name(), token.createdAt(), token.expiresAt(), created.secret());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
