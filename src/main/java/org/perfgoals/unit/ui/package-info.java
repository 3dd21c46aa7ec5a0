@NullMarked
package org.perfgoals.unit.ui;

import org.jspecify.annotations.NullMarked;
