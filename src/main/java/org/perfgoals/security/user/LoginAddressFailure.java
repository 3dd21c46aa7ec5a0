package org.perfgoals.security.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.domain.LoginGuard;

/** {@link LoginGuard.Address} as a row: the failed logins from one client address. */
@Entity
@Table(name = "login_address_failure")
class LoginAddressFailure {

    @Id
    @Column(length = 100)
    private String address;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(name = "held_back_until")
    private @Nullable Instant heldBackUntil;

    protected LoginAddressFailure() {
        this.address = "";
        this.lastFailure = Instant.EPOCH;
    }

    LoginAddressFailure(String address) {
        this.address = address;
        this.lastFailure = Instant.EPOCH;
    }

    LoginGuard.Address toAddress() {
        return new LoginGuard.Address(failures, lastFailure, heldBackUntil);
    }

    void set(LoginGuard.Address from) {
        this.failures = from.count();
        this.lastFailure = from.lastFailure().truncatedTo(ChronoUnit.MICROS);
        this.heldBackUntil = LoginAccountFailure.micros(from.heldBackUntil());
    }
}
