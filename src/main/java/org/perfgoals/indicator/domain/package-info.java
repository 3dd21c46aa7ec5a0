@NullMarked
package org.perfgoals.indicator.domain;

import org.jspecify.annotations.NullMarked;
