package org.perfgoals.security.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.domain.LoginGuard;

/** {@link LoginGuard.Account} as a row: the failed logins of one user name. */
@Entity
@Table(name = "login_account_failure")
class LoginAccountFailure {

    @Id
    @Column(name = "username_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "every_address", nullable = false)
    private boolean everyAddress;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "login_account_failure_address", joinColumns = @JoinColumn(name = "username_key"))
    @Column(name = "address", nullable = false, length = 100)
    private Set<String> addresses = new HashSet<>();

    protected LoginAccountFailure() {
        this.key = "";
    }

    LoginAccountFailure(String key) {
        this.key = key;
    }

    LoginGuard.Account toAccount() {
        return new LoginGuard.Account(failures, addresses, everyAddress, lockedUntil);
    }

    void set(LoginGuard.Account account) {
        this.failures = account.count();
        this.everyAddress = account.everyAddress();
        this.lockedUntil = micros(account.lockedUntil());
        this.addresses.retainAll(account.addresses());
        this.addresses.addAll(account.addresses());
    }

    /**
     * Down to the microsecond the columns keep: the database would round the nanoseconds, and a lock rounded up
     * would outlast its time by a fraction of a microsecond (a lock or hold-back ends at the instant it says).
     */
    static @Nullable Instant micros(@Nullable Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
