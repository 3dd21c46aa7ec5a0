@NullMarked
package org.perfgoals.unit.domain;

import org.jspecify.annotations.NullMarked;
