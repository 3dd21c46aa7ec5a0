package org.perfgoals.alert;

/** An action on an alert that is already resolved: nothing changes (the REST API answers 409). */
public class AlertResolvedException extends IllegalStateException {

    public AlertResolvedException(Long id) {
        super("Alert " + id + " is already resolved");
    }
}
