package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfgoals.MovingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * Guessing passwords over HTTP locks the name; other users go on; an address that fails too often is held back
 * whatever the name. All requests come from 127.0.0.1 here: the rule for other addresses is tested in
 * {@code LoginGuardTest}. A context of its own, with a clock the test moves on: it locks demo users.
 */
@TestPropertySource(properties = {"perfgoals.security.max-failed-logins=3",
        "perfgoals.security.free-failures-per-address=6", "perfgoals.security.first-back-off-seconds=60"})
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutApiTest extends ApiTest {

    /** The application's clock, moved on by the tests instead of sleeping. */
    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovingClock movingClock() {
            return new MovingClock(Instant.now());
        }
    }

    @Autowired
    private MovingClock clock;

    @BeforeEach
    void forgetEarlierFailures() {
        // Every lock and back-off of an earlier test has run out, and the address's count is forgotten.
        clock.advance(Duration.ofDays(1));
    }

    private int get(String user, String password) throws Exception {
        return api().send("GET", "/api/v1/projects", user, password, "application/json", null)
                .statusCode();
    }

    @Test
    void three_wrong_passwords_lock_the_name_even_for_the_right_one() throws Exception {
        assertThat(get("leader", "demo")).isEqualTo(200);
        assertThat(get("leader", "guess1")).isEqualTo(401);
        assertThat(get("leader", "guess2")).isEqualTo(401);
        assertThat(get("leader", "demo")).as("a success in between clears the count").isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(get("leader", "guess" + i)).isEqualTo(401);
        }
        assertThat(get("leader", "demo")).as("locked").isEqualTo(401);
        assertThat(get("manager", "demo")).as("other users go on").isEqualTo(200);
    }

    @Test
    void the_lock_holds_for_the_address_that_failed_until_it_runs_out_and_is_logged_without_the_password(
            CapturedOutput output) throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("staff", "secret-guess-" + i)).isEqualTo(401);
        }
        assertThat(get("staff", "demo")).as("locked for 127.0.0.1").isEqualTo(401);
        clock.advance(Duration.ofMinutes(14));
        assertThat(get("staff", "demo")).as("still locked").isEqualTo(401);
        clock.advance(Duration.ofMinutes(1));
        assertThat(get("staff", "demo")).as("the lock ran out").isEqualTo(200);
        assertThat(output.getOut()).contains("WARN").contains("Login of user 'staff' locked for 15 min")
                .contains("127.0.0.1").doesNotContain("secret-guess");
    }

    @Test
    void an_address_failing_too_often_is_held_back_whatever_the_name_even_with_the_right_password(
            CapturedOutput output) throws Exception {
        for (int i = 0; i < 7; i++) {
            assertThat(get("nobody" + i, "guess")).isEqualTo(401);
        }
        assertThat(get("admin", "demo")).as("refused without checking the password").isEqualTo(401);
        clock.advance(Duration.ofSeconds(59));
        assertThat(get("admin", "demo")).as("still held back").isEqualTo(401);
        clock.advance(Duration.ofSeconds(1));
        assertThat(get("admin", "demo")).as("the back-off ran out").isEqualTo(200);
        assertThat(output.getOut()).contains("Logins from 127.0.0.1 held back for 60 s after 7 failed attempts");
    }
}
