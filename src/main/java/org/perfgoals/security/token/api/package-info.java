/** {@code /api/v1/me/tokens}: the caller's own API tokens, created, listed and revoked. */
@NullMarked
package org.perfgoals.security.token.api;

import org.jspecify.annotations.NullMarked;
