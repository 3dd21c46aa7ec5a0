package org.perfgoals.security.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.Role;

/**
 * What an admin changes on a user; a null field stays as it is. {@code unitChanged} says whether {@code unit} was
 * sent at all, so that a null unit (no unit: admin, a leader at the top) can be set.
 */
public record UserChange(@Nullable Boolean enabled, @Nullable Set<Role> roles, boolean unitChanged,
                         @Nullable String unit) {
}
