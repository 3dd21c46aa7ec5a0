/**
 * The one place that says a monitoring value, a deviation cause, a likelihood and a verdict in words and colours.
 */
@NullMarked
package org.perfgoals.monitoring.wording;

import org.jspecify.annotations.NullMarked;
