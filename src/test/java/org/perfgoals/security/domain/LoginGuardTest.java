package org.perfgoals.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgoals.security.domain.LoginGuard.Verdict.ACCOUNT_LOCKED;
import static org.perfgoals.security.domain.LoginGuard.Verdict.ADDRESS_HELD_BACK;
import static org.perfgoals.security.domain.LoginGuard.Verdict.CHECK_PASSWORD;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.perfgoals.MovingClock;

class LoginGuardTest {

    private static final String A = "10.0.0.1";
    private static final String B = "10.0.0.2";

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final LoginGuard guard = new LoginGuard(clock, new LoginGuard.Settings(5, Duration.ofMinutes(15), 10,
            Duration.ofSeconds(1), Duration.ofMinutes(15), 10_000));

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            guard.failed(name, address);
        }
    }

    @Test
    void five_failures_from_one_address_lock_the_name_there_for_fifteen_minutes() {
        fail("staff", A, 4);
        assertThat(guard.admit("staff", A)).isEqualTo(CHECK_PASSWORD);
        LoginGuard.Failure fifth = guard.failed("staff", A);
        assertThat(fifth.accountLocked()).as("the fifth failure locks").isTrue();
        assertThat(guard.admit("staff", A)).isEqualTo(ACCOUNT_LOCKED);
        assertThat(guard.admit(" STAFF ", A)).as("the name as the user may type it").isEqualTo(ACCOUNT_LOCKED);
        assertThat(guard.admit("manager", A)).isEqualTo(CHECK_PASSWORD);
        clock.advance(Duration.ofMinutes(14));
        assertThat(guard.admit("staff", A)).isEqualTo(ACCOUNT_LOCKED);
        clock.advance(Duration.ofMinutes(1));
        assertThat(guard.admit("staff", A)).isEqualTo(CHECK_PASSWORD);
    }

    @Test
    void an_address_that_has_not_failed_gets_its_password_checked_and_a_correct_login_ends_the_lock() {
        fail("admin", A, 5);
        assertThat(guard.admit("admin", A)).isEqualTo(ACCOUNT_LOCKED);
        assertThat(guard.admit("admin", B)).as("the real admin at another desk").isEqualTo(CHECK_PASSWORD);
        guard.succeeded("admin");
        assertThat(guard.isLocked("admin")).isFalse();
        assertThat(guard.admit("admin", A)).as("the lock ended sooner").isEqualTo(CHECK_PASSWORD);
    }

    @Test
    void failures_from_several_addresses_count_for_the_account_and_lock_each_of_them() {
        fail("admin", A, 3);
        fail("admin", B, 2);
        assertThat(guard.admit("admin", A)).isEqualTo(ACCOUNT_LOCKED);
        assertThat(guard.admit("admin", B)).isEqualTo(ACCOUNT_LOCKED);
        assertThat(guard.admit("admin", "10.0.0.3")).isEqualTo(CHECK_PASSWORD);
        guard.failed("admin", "10.0.0.3");
        assertThat(guard.admit("admin", "10.0.0.3")).as("a clean address that failed during the lock")
                .isEqualTo(ACCOUNT_LOCKED);
    }

    @Test
    void a_success_clears_the_count() {
        fail("staff", A, 4);
        guard.succeeded("staff");
        fail("staff", A, 4);
        assertThat(guard.admit("staff", A)).isEqualTo(CHECK_PASSWORD);
    }

    @Test
    void after_a_lock_ran_out_the_count_starts_afresh() {
        fail("staff", A, 5);
        clock.advance(Duration.ofMinutes(16));
        fail("staff", A, 1);
        assertThat(guard.isLocked("staff")).as("one failure after the lock is not five").isFalse();
        fail("staff", A, 4);
        assertThat(guard.isLocked("staff")).isTrue();
    }

    @Test
    void an_address_failing_more_than_ten_times_is_held_back_whatever_the_name_for_a_doubling_window() {
        for (int i = 0; i < 10; i++) {
            assertThat(guard.failed("name" + i, A).heldBack()).isZero();
        }
        assertThat(guard.admit("someone", A)).isEqualTo(CHECK_PASSWORD);
        assertThat(guard.failed("name10", A).heldBack()).isEqualTo(Duration.ofSeconds(1));
        assertThat(guard.admit("someone", A)).isEqualTo(ADDRESS_HELD_BACK);
        assertThat(guard.admit("someone", B)).as("other addresses go on").isEqualTo(CHECK_PASSWORD);
        clock.advance(Duration.ofSeconds(1));
        assertThat(guard.admit("someone", A)).isEqualTo(CHECK_PASSWORD);
        assertThat(guard.failed("name11", A).heldBack()).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(guard.failed("name12", A).heldBack()).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) {
            guard.failed("more" + i, A);
        }
        assertThat(guard.failed("last", A).heldBack()).as("capped").isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_success_does_not_reset_the_back_off_of_an_address_but_an_hour_of_quiet_does() {
        fail("guess", A, 11);
        guard.succeeded("own-account");
        clock.advance(Duration.ofSeconds(1));
        assertThat(guard.failed("guess", A).heldBack()).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofHours(1));
        assertThat(guard.failed("guess", A).heldBack()).isZero();
    }

    @Test
    void guessing_at_random_names_keeps_the_locked_ones_and_forgets_the_rest() {
        fail("staff", A, 5);
        for (int i = 0; i < 10_050; i++) {
            guard.failed("guess" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(guard.admit("staff", A)).isEqualTo(ACCOUNT_LOCKED);
    }

    @Test
    void guessing_one_name_from_more_addresses_than_are_kept_locks_it_for_every_address() {
        for (int i = 0; i <= LoginGuard.MAX_ADDRESSES_PER_ACCOUNT; i++) {
            guard.failed("admin", "10.2.0." + i);
        }
        assertThat(guard.admit("admin", B)).isEqualTo(ACCOUNT_LOCKED);
    }
}
