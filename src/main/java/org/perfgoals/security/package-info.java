@NullMarked
package org.perfgoals.security;

import org.jspecify.annotations.NullMarked;
