package org.perfgoals.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.domain.AuditText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log; the one way in. {@link #record} joins the caller's transaction, so a write that is rolled
 * back leaves no entry (a refused change is not audited as done); {@link #recordAlone} commits in a transaction of
 * its own, for what must stay recorded although its caller fails or rolls back (a failed login, a lockout). Open to
 * every caller, signed in or not: the entry names who acted ({@link AuditEntry#by}, else the signed-in user, else
 * {@value AuditEntry#ANONYMOUS}), when (the application's clock) and from where (the current request's client
 * address, which Tomcat takes from {@code X-Forwarded-For} behind a trusted proxy). Texts are cut to their columns
 * ({@link AuditText}). There is no method that changes or removes an entry.
 */
@Service
@Transactional
public class AuditLog {

    private final AuditLogEntryRepository entries;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;

    AuditLog(AuditLogEntryRepository entries, Clock clock, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.entries = entries;
        this.clock = clock;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Records the entry as part of the caller's transaction (one of its own when there is none). */
    public void record(AuditEntry entry) {
        entries.save(row(entry));
    }

    /** Records the entry in a transaction of its own, committed whatever becomes of the caller's. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(AuditEntry entry) {
        entries.save(row(entry));
    }

    private AuditLogEntry row(AuditEntry entry) {
        String actor = entry.actor() != null ? entry.actor() : signedIn();
        return new AuditLogEntry(clock.instant().truncatedTo(ChronoUnit.MICROS),
                AuditText.fit(actor, AuditText.ACTOR), entry.type(), AuditText.fit(entry.subject(), AuditText.SUBJECT),
                AuditText.fitOrNull(entry.details(), AuditText.DETAILS),
                AuditText.fitOrNull(clientAddress(), AuditText.ADDRESS));
    }

    private String signedIn() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null || authentication.getName().isBlank()) {
            return AuditEntry.ANONYMOUS;
        }
        return authentication.getName();
    }

    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
