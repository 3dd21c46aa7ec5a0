@NullMarked
package org.perfgoals.export;

import org.jspecify.annotations.NullMarked;
