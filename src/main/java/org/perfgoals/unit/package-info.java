@NullMarked
package org.perfgoals.unit;

import org.jspecify.annotations.NullMarked;
