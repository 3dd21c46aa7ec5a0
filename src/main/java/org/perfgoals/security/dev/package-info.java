@NullMarked
package org.perfgoals.security.dev;

import org.jspecify.annotations.NullMarked;
