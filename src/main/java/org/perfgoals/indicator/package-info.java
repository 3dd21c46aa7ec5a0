@NullMarked
package org.perfgoals.indicator;

import org.jspecify.annotations.NullMarked;
