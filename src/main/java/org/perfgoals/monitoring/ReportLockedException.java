package org.perfgoals.monitoring;

import org.perfgoals.monitoring.read.ReportState;

/** The period was submitted or approved: staff can no longer change it (or the workflow step does not apply). */
public class ReportLockedException extends RuntimeException {

    private final ReportState state;

    public ReportLockedException(ReportState state) {
        super("The report is " + state);
        this.state = state;
    }

    public ReportState getState() {
        return state;
    }
}
