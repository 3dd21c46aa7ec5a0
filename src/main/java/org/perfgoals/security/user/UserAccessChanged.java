package org.perfgoals.security.user;

/**
 * A user's password changed or the user was disabled: what was verified for them before (cached credentials,
 * other sessions) no longer counts. Published by {@link UserAccounts} after the change is committed.
 */
public record UserAccessChanged(String username, Reason reason) {

    public enum Reason {
        PASSWORD_CHANGED, DISABLED
    }
}
