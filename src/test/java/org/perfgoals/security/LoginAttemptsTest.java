package org.perfgoals.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final LoginAttempts attempts = new LoginAttempts(clock, 5, 15);

    private void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(name);
        }
    }

    @Test
    void five_failures_in_a_row_lock_the_name_for_fifteen_minutes() {
        fail("staff", 4);
        assertThat(attempts.isLocked("staff")).isFalse();
        fail("staff", 1);
        assertThat(attempts.isLocked("staff")).isTrue();
        assertThat(attempts.isLocked(" STAFF ")).as("the name as the user may type it").isTrue();
        assertThat(attempts.isLocked("manager")).isFalse();
        clock.advance(Duration.ofMinutes(14));
        assertThat(attempts.isLocked("staff")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(attempts.isLocked("staff")).isFalse();
    }

    @Test
    void a_success_clears_the_count() {
        fail("staff", 4);
        attempts.succeeded("staff");
        fail("staff", 4);
        assertThat(attempts.isLocked("staff")).isFalse();
    }

    @Test
    void after_a_lock_ran_out_the_count_starts_afresh() {
        fail("staff", 5);
        clock.advance(Duration.ofMinutes(16));
        fail("staff", 1);
        assertThat(attempts.isLocked("staff")).as("one failure after the lock is not five").isFalse();
        fail("staff", 4);
        assertThat(attempts.isLocked("staff")).isTrue();
    }

    @Test
    void guessing_at_random_names_keeps_the_locked_ones_and_forgets_the_rest() {
        fail("staff", 5);
        for (int i = 0; i < 10_050; i++) {
            attempts.failed("guess" + i);
        }
        assertThat(attempts.isLocked("staff")).isTrue();
    }
}
