package org.perfgoals.monitoring.input;

import java.util.List;

/** Some inputs were refused; nothing of the save was stored. */
public class MonitoringValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public MonitoringValidationException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
