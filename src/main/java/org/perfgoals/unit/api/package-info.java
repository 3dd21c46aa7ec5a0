@NullMarked
package org.perfgoals.unit.api;

import org.jspecify.annotations.NullMarked;
