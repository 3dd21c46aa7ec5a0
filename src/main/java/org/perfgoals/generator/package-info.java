@NullMarked
package org.perfgoals.generator;

import org.jspecify.annotations.NullMarked;
