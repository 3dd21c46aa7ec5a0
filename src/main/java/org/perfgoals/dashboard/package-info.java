@NullMarked
package org.perfgoals.dashboard;

import org.jspecify.annotations.NullMarked;
