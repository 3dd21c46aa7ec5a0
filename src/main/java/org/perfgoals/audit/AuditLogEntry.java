package org.perfgoals.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.domain.AuditType;

/**
 * One row of the audit log. Written once and never changed: no setters, every column {@code updatable = false}, and
 * Hibernate's {@link Immutable} (a change of a loaded entry is never flushed).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(updatable = false)
    private @Nullable Long id;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, updatable = false, length = 40)
    private AuditType type;

    @Column(nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(updatable = false, length = 2000)
    private @Nullable String details;

    @Column(updatable = false, length = 100)
    private @Nullable String address;

    protected AuditLogEntry() {
        this.at = Instant.EPOCH;
        this.actor = "";
        this.type = AuditType.LOGIN;
        this.subject = "";
    }

    AuditLogEntry(Instant at, String actor, AuditType type, String subject, @Nullable String details,
                  @Nullable String address) {
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.subject = subject;
        this.details = details;
        this.address = address;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id == null ? 0 : id, at, actor, type, subject, details, address);
    }
}
