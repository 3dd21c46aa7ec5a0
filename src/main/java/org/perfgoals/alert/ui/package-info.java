@NullMarked
package org.perfgoals.alert.ui;

import org.jspecify.annotations.NullMarked;
