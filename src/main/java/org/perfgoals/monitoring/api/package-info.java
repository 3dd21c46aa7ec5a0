@NullMarked
package org.perfgoals.monitoring.api;

import org.jspecify.annotations.NullMarked;
