@NullMarked
package org.perfgoals.alert.api;

import org.jspecify.annotations.NullMarked;
