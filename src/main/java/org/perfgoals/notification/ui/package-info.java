@NullMarked
package org.perfgoals.notification.ui;

import org.jspecify.annotations.NullMarked;
