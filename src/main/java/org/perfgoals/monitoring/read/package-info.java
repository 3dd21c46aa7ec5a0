/**
 * The read model of monitoring: records (and enums) only, copied from the entities inside the transaction, so
 * that views, REST, the export, the dashboard and the alerts can neither change nor lazily load what is stored.
 */
@NullMarked
package org.perfgoals.monitoring.read;

import org.jspecify.annotations.NullMarked;
