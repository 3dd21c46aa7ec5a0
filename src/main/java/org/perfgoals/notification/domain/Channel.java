package org.perfgoals.notification.domain;

/** Where a user wants an event: in the app's inbox, by e-mail, or both (the default). */
public enum Channel {
    IN_APP, EMAIL, BOTH;

    public boolean inApp() {
        return this != EMAIL;
    }

    public boolean email() {
        return this != IN_APP;
    }
}
