/**
 * The stored users over HTTP: the signed-in user's own account ({@code /api/v1/me}) and the admins'
 * {@code /api/v1/users}.
 */
@NullMarked
package org.perfgoals.security.user.api;

import org.jspecify.annotations.NullMarked;
