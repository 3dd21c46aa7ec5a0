/** Notifications: who is told of what, in the app behind the bell and by e-mail (issue 13, docs/decisions/0027). */
@NullMarked
package org.perfgoals.notification;

import org.jspecify.annotations.NullMarked;
