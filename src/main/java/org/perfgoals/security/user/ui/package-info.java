/** The profile page and the forced password change. */
@NullMarked
package org.perfgoals.security.user.ui;

import org.jspecify.annotations.NullMarked;
