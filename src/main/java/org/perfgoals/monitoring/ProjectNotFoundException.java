package org.perfgoals.monitoring;

public class ProjectNotFoundException extends RuntimeException {
    public ProjectNotFoundException(long id) {
        super("No project " + id);
    }
}
