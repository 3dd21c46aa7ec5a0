package org.perfgoals.monitoring;

import org.perfgoals.base.NotFoundException;

public class IndicatorNotFoundException extends NotFoundException {
    public IndicatorNotFoundException(long id) {
        super("indicator", id);
    }
}
