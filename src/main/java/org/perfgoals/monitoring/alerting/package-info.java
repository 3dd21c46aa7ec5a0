/**
 * The glue from verdicts to alerts: raises and resolves the alerts a period's sheet calls for.
 */
@NullMarked
package org.perfgoals.monitoring.alerting;

import org.jspecify.annotations.NullMarked;
