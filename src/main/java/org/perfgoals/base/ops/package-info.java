/** What operators need of every node: locks for scheduled jobs, health and metrics. */
@NullMarked
package org.perfgoals.base.ops;

import org.jspecify.annotations.NullMarked;
