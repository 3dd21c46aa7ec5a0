/**
 * The audit log's rules in plain Java: what an entry may hold ({@link org.perfgoals.audit.domain.AuditText}), how
 * its details and subjects are written ({@link org.perfgoals.audit.domain.AuditDetails},
 * {@link org.perfgoals.audit.domain.AuditSubject}) and what a search asks for
 * ({@link org.perfgoals.audit.domain.AuditFilter}).
 */
@NullMarked
package org.perfgoals.audit.domain;

import org.jspecify.annotations.NullMarked;
