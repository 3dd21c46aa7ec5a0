package org.perfgoals.security;

/** The four roles of the application. The constants are for {@code @RolesAllowed}, which needs compile-time strings. */
public enum Role {
    ADMIN, LEADER, MANAGER, STAFF;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String LEADER_NAME = "LEADER";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String STAFF_NAME = "STAFF";

    public String authority() {
        return "ROLE_" + name();
    }
}
