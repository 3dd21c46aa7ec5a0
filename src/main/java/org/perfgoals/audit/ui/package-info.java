/** The admins' audit log page ({@code admin/audit}). */
@NullMarked
package org.perfgoals.audit.ui;

import org.jspecify.annotations.NullMarked;
