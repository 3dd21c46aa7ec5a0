package org.perfgoals.alert;

import org.perfgoals.base.NotFoundException;

public class AlertNotFoundException extends NotFoundException {
    public AlertNotFoundException(long id) {
        super("alert", id);
    }
}
