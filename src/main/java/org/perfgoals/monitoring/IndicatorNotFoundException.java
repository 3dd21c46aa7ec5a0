package org.perfgoals.monitoring;

public class IndicatorNotFoundException extends RuntimeException {
    public IndicatorNotFoundException(long id) {
        super("No indicator " + id);
    }
}
