package org.perfgoals.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.domain.AuditType;

/** An entry of the audit log as views and the REST API read it. */
public record AuditRecord(long id, Instant at, String actor, AuditType type, String subject, @Nullable String details,
                          @Nullable String address) {
}
