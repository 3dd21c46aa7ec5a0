package org.perfgoals.backup.copy;

/** One table after a copy: its rows in the source and in the target. */
public record TableCount(String table, long source, long target) {

    public boolean matches() {
        return source == target;
    }
}
