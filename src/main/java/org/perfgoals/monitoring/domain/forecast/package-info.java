/**
 * The year-end forecast (全年预计) and the likelihood of meeting each target it suggests: plain rules over the values
 * reported so far, which the entry card shows beside the user's own choice.
 */
@NullMarked
package org.perfgoals.monitoring.domain.forecast;

import org.jspecify.annotations.NullMarked;
