@NullMarked
package org.perfgoals.monitoring.domain;

import org.jspecify.annotations.NullMarked;
