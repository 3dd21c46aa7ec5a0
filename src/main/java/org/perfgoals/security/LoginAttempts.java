package org.perfgoals.security;

import java.time.Clock;
import java.time.Duration;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.security.domain.LoginGuard;
import org.perfgoals.security.user.DatabaseLoginStore;
import org.perfgoals.security.user.StoredLoginState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Feeds the failed and successful logins of the UI and the API alike into the {@link LoginGuard} rule, keyed by user
 * name and client address ({@code request.getRemoteAddr()}, which Tomcat's RemoteIpValve sets from forwarded headers
 * behind a trusted proxy), and logs lockouts. The counts are kept in the database ({@link StoredLoginState}), so a
 * lock holds across a restart and for every node. A request served from the {@link CredentialCache} is no new login
 * and changes no count.
 */
@Component
public class LoginAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAttempts.class);

    private static final String NO_REQUEST = "unknown";

    private final LoginGuard guard;
    private final AuditLog audit;

    LoginAttempts(Clock clock, @Value("${perfgoals.security.max-failed-logins:5}") int maxFailures,
                  @Value("${perfgoals.security.lockout-minutes:15}") long lockoutMinutes,
                  @Value("${perfgoals.security.free-failures-per-address:10}") int freeFailures,
                  @Value("${perfgoals.security.first-back-off-seconds:1}") long firstBackOffSeconds,
                  StoredLoginState state, AuditLog audit) {
        this.audit = audit;
        this.guard = new LoginGuard(clock, new LoginGuard.Settings(maxFailures, Duration.ofMinutes(lockoutMinutes),
                freeFailures, Duration.ofSeconds(firstBackOffSeconds), Duration.ofMinutes(lockoutMinutes), 10_000),
                new DatabaseLoginStore(state));
    }

    public int maxFailures() {
        return guard.settings().maxFailures();
    }

    public long lockoutMinutes() {
        return guard.settings().lockout().toMinutes();
    }

    /** Forgets every failed login (the tests start each class from here; Flyway's clean does the same). */
    public void forgetAll() {
        guard.forgetAll();
    }

    /** Whether the name is locked now (for the addresses that failed for it). */
    public boolean isLocked(String username) {
        return guard.isLocked(username);
    }

    /** Whether this attempt, from the address of the current request, may have its password checked. */
    LoginGuard.Verdict admit(String username) {
        return guard.admit(username, currentAddress());
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String address = currentAddress();
        LoginGuard.Failure failure = guard.failed(username, address);
        if (failure.accountLocked()) {
            LOG.warn("Login of user '{}' locked for {} min after {} failed attempts, the last from {}",
                    printable(username), lockoutMinutes(), failure.accountFailures(), address);
            audit.recordAlone(AuditEntry.of(AuditType.LOCKOUT, String.valueOf(username), AuditDetails.json("failures",
                    failure.accountFailures(), "minutes", lockoutMinutes())).by(AuditEntry.SYSTEM));
        }
        if (!failure.heldBack().isZero()) {
            LOG.warn("Logins from {} held back for {} s after {} failed attempts, the last as user '{}'",
                    address, failure.heldBack().toSeconds(), failure.addressFailures(), printable(username));
            audit.recordAlone(AuditEntry.of(AuditType.ADDRESS_HELD_BACK, address, AuditDetails.json("failures",
                    failure.addressFailures(), "seconds", failure.heldBack().toSeconds())).by(AuditEntry.SYSTEM));
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (CredentialCache.isFromCache(event.getAuthentication())) {
            return;
        }
        guard.succeeded(event.getAuthentication().getName());
    }

    /** The address the current login came from; logins are checked in the request's thread. */
    private static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : NO_REQUEST;
    }

    /** A typed user name as it may go into a log line: short, one line. */
    private static String printable(String username) {
        String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return name.length() > 100 ? name.substring(0, 100) + "…" : name;
    }
}
