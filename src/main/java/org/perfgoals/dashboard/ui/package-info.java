@NullMarked
package org.perfgoals.dashboard.ui;

import org.jspecify.annotations.NullMarked;
