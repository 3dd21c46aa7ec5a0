package org.perfgoals.security.user;

/**
 * A user's password changed or was reset, the user was disabled or their roles or unit changed: what was verified
 * for them before (cached credentials, other sessions) no longer counts. Published by {@link UserAccounts} and
 * {@link UserAdministration}; acted on after the change is committed.
 */
public record UserAccessChanged(String username, Reason reason) {

    public enum Reason {
        PASSWORD_CHANGED, DISABLED,
        /** An admin set a one-time password: every session of the user ends. */
        PASSWORD_RESET,
        /** An admin changed the user's roles or unit: what the sessions and cached credentials carry is stale. */
        GRANTS_CHANGED
    }
}
