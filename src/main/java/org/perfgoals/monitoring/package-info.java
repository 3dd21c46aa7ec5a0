@NullMarked
package org.perfgoals.monitoring;

import org.jspecify.annotations.NullMarked;
