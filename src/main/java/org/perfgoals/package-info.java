@NullMarked
package org.perfgoals;

import org.jspecify.annotations.NullMarked;
