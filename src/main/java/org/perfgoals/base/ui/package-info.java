@NullMarked
package org.perfgoals.base.ui;

import org.jspecify.annotations.NullMarked;
