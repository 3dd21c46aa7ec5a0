@NullMarked
package org.perfgoals.security.ui;

import org.jspecify.annotations.NullMarked;
