/** Online backups of the embedded H2 database: on demand (ADMIN) and nightly, keeping the newest few. */
@NullMarked
package org.perfgoals.backup;

import org.jspecify.annotations.NullMarked;
