package org.perfgoals.monitoring.domain;

import java.util.Collection;

/** A project's colour is the worst colour of its rows (indicators and budget execution). */
public final class ProjectStatus {

    private ProjectStatus() {
    }

    /** The worst of {@code rows}; a project with no rows has no data. */
    public static Status of(Collection<Status> rows) {
        return Status.worst(rows);
    }
}
