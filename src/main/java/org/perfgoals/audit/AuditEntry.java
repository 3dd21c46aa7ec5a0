package org.perfgoals.audit;

import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.domain.AuditSubject;
import org.perfgoals.audit.domain.AuditType;

/**
 * What a feature records: the kind, what it is about ({@code subject}, see {@link AuditSubject}), and optional short
 * details (text or {@link org.perfgoals.audit.domain.AuditDetails#json JSON}). The time, the client address and,
 * unless {@link #by} names someone, the actor (the signed-in user, {@value #SYSTEM} or {@value #ANONYMOUS}) are
 * filled in by {@link AuditLog}.
 */
public record AuditEntry(AuditType type, String subject, @Nullable String details, @Nullable String actor) {

    /** The application acting on its own (start-up, scheduled checks, a lockout). */
    public static final String SYSTEM = "system";
    /** Nobody signed in (a failed login). */
    public static final String ANONYMOUS = "anonymous";

    public static AuditEntry of(AuditType type, String subject) {
        return new AuditEntry(type, subject, null, null);
    }

    public static AuditEntry of(AuditType type, String subject, @Nullable String details) {
        return new AuditEntry(type, subject, details, null);
    }

    /** The same entry told as done by {@code who} rather than by the signed-in user. */
    public AuditEntry by(String who) {
        return new AuditEntry(type, subject, details, who);
    }
}
