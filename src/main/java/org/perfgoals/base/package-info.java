@NullMarked
package org.perfgoals.base;

import org.jspecify.annotations.NullMarked;
