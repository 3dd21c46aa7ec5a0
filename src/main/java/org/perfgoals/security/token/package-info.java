/**
 * API tokens: long random secrets for systems that push actuals, sent as {@code Authorization: Bearer pgt_…} and
 * acting with the rights of their user at the moment of use. Only a SHA-256 digest of each token is stored.
 */
@NullMarked
package org.perfgoals.security.token;

import org.jspecify.annotations.NullMarked;
