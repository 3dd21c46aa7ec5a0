@NullMarked
package org.perfgoals.alert;

import org.jspecify.annotations.NullMarked;
