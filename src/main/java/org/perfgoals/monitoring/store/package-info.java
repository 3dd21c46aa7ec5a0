/**
 * The entities of monitoring (actuals, spending, period reports, the change history) and their repositories;
 * used only by the feature's services, never by a view, a controller or another feature.
 */
@NullMarked
package org.perfgoals.monitoring.store;

import org.jspecify.annotations.NullMarked;
