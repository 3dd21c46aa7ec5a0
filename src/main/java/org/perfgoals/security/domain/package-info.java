@NullMarked
package org.perfgoals.security.domain;

import org.jspecify.annotations.NullMarked;
