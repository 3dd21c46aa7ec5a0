/** The API tokens section of the profile page. */
@NullMarked
package org.perfgoals.security.token.ui;

import org.jspecify.annotations.NullMarked;
