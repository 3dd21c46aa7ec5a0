/** The signed-in user's own account over HTTP: {@code /api/v1/me}. */
@NullMarked
package org.perfgoals.security.user.api;

import org.jspecify.annotations.NullMarked;
