/** The leaders' overview over HTTP. */
@NullMarked
package org.perfgoals.dashboard.api;

import org.jspecify.annotations.NullMarked;
