/**
 * The audit log: who did what, when and from where, kept in the database and never changed. Features record with
 * {@link org.perfgoals.audit.AuditLog}; admins read through {@link org.perfgoals.audit.AuditQueries} (the view
 * {@code admin/audit} and {@code GET /api/v1/audit}). This package depends on nothing of the other features, so every
 * one of them may call it.
 */
@NullMarked
package org.perfgoals.audit;

import org.jspecify.annotations.NullMarked;
