/** Backups over HTTP, for admins. */
@NullMarked
package org.perfgoals.backup.api;

import org.jspecify.annotations.NullMarked;
