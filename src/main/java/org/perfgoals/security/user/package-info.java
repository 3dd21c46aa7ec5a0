/**
 * Stored users: who may log in, with which unit and roles, the password hash and what must change about it, and
 * the failed-login counts that {@link org.perfgoals.security.domain.LoginGuard} keeps in the database.
 */
@NullMarked
package org.perfgoals.security.user;

import org.jspecify.annotations.NullMarked;
