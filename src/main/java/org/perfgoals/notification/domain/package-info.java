@NullMarked
package org.perfgoals.notification.domain;

import org.jspecify.annotations.NullMarked;
