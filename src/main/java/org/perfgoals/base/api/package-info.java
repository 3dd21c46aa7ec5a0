@NullMarked
package org.perfgoals.base.api;

import org.jspecify.annotations.NullMarked;
