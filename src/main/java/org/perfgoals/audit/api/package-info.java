/** {@code GET /api/v1/audit}: the audit log for admins, filtered and paged. */
@NullMarked
package org.perfgoals.audit.api;

import org.jspecify.annotations.NullMarked;
