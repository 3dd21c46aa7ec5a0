package org.perfgoals.alert;

public class AlertNotFoundException extends RuntimeException {
    public AlertNotFoundException(long id) {
        super("No alert " + id);
    }
}
