package org.perfgoals.monitoring;

import org.perfgoals.base.NotFoundException;

public class ProjectNotFoundException extends NotFoundException {
    public ProjectNotFoundException(long id) {
        super("project", id);
    }
}
