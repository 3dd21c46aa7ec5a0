package org.perfgoals.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfgoals.SignedInTest;
import org.perfgoals.base.NotFoundException;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The tokens' service rules: what is stored, who may see and revoke what, what a check yields and writes. */
class ApiTokensTest extends SignedInTest {

    @Autowired
    private ApiTokens tokens;
    @Autowired
    private ApiTokenAuthenticator authenticator;
    @Autowired
    private UserAccounts accounts;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_token_is_pgt_and_43_random_base64url_characters_and_its_digest_is_sha256() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = TokenSecret.generate();
            assertThat(TokenSecret.looksLikeToken(token)).as(token).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
        assertThat(TokenSecret.digest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenSecret.looksLikeToken("pgt_" + "a".repeat(42))).isFalse();
        assertThat(TokenSecret.looksLikeToken("pgt_" + "a".repeat(42) + "+")).isFalse();
        assertThat(TokenSecret.looksLikeToken("xyz_" + "a".repeat(43))).isFalse();
        assertThat(TokenSecret.sameDigest(TokenSecret.digest("a"), TokenSecret.digest("a"))).isTrue();
        assertThat(TokenSecret.sameDigest(TokenSecret.digest("a"), TokenSecret.digest("b"))).isFalse();
    }

    @Test
    void only_the_digest_of_a_token_is_stored() {
        NewApiToken created = as("staff", () -> tokens.create("  feed  ", 7L));
        assertThat(created.token().name()).as("trimmed").isEqualTo("feed");
        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", created.token().id());
        assertThat(row.get("DIGEST")).isEqualTo(TokenSecret.digest(created.secret()));
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(created.secret().substring(TokenSecret.PREFIX.length())));
    }

    @Test
    void a_check_yields_the_user_as_stored_now_and_notes_the_use_once_a_minute() {
        NewApiToken created = as("manager", () -> tokens.create("feed", 30L));
        AppUser user = authenticator.authenticate(created.secret()).orElseThrow().getPrincipal();
        assertThat(user.getUsername()).isEqualTo("manager");
        assertThat(user.getUnit()).isEqualTo("上海市人力资源和社会保障局咨询服务中心");
        assertThat(user.getRoles()).containsExactly(Role.MANAGER);
        assertThat(user.getPassword()).isEmpty();
        Timestamp first = lastUsed(created);
        assertThat(first).isNotNull();
        authenticator.authenticate(created.secret()).orElseThrow();
        assertThat(lastUsed(created)).as("not written again within the minute").isEqualTo(first);
        assertThat(authenticator.authenticate(created.secret() + "x")).isEmpty();
        assertThat(authenticator.authenticate(TokenSecret.generate())).isEmpty();
    }

    private Timestamp lastUsed(NewApiToken created) {
        return jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class,
                created.token().id());
    }

    @Test
    void each_user_sees_and_revokes_only_their_own_tokens_newest_first() {
        NewApiToken older = as("admin", () -> tokens.create("older", 30L));
        NewApiToken newer = as("admin", () -> tokens.create("newer", 30L));
        as("manager", () -> tokens.create("managers", 30L));
        assertThat(as("admin", tokens::mine)).extracting(ApiTokenRecord::name).containsExactly("newer", "older");
        loginAs("manager");
        assertThatThrownBy(() -> tokens.revoke(older.token().id())).isInstanceOf(NotFoundException.class);
        loginAs("admin");
        tokens.revoke(older.token().id());
        assertThat(tokens.mine()).extracting(ApiTokenRecord::name).containsExactly("newer");
        assertThat(authenticator.authenticate(older.secret())).isEmpty();
        assertThat(authenticator.authenticate(newer.secret())).isPresent();
    }

    @Test
    void a_call_with_a_token_cannot_make_another() {
        NewApiToken created = as("staff", () -> tokens.create("feed", 30L));
        SecurityContextHolder.getContext().setAuthentication(authenticator.authenticate(created.secret())
                .orElseThrow());
        assertThatThrownBy(() -> tokens.create("more", 30L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_users_own_password_change_keeps_the_tokens() {
        SystemAuthentication.run(() -> accounts.create(new NewUser("changer", "改密", null, null,
                Set.of(Role.LEADER)), "Initial-Pass-11", false));
        NewApiToken created = as("changer", () -> tokens.create("dashboard", 30L));
        accounts.changeOwnPassword("Initial-Pass-11", "Brand-New-Pass-22");
        assertThat(authenticator.authenticate(created.secret())).isPresent();
    }

    @Test
    void anonymous_callers_may_not_use_the_service() {
        assertThatThrownBy(() -> tokens.mine()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
