@NullMarked
package org.perfgoals.chart;

import org.jspecify.annotations.NullMarked;
