@NullMarked
package org.perfgoals.monitoring.ui;

import org.jspecify.annotations.NullMarked;
