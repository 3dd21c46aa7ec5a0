package org.perfgoals.backup.copy;

/** A copy that cannot start (the target is not empty, the schemas differ) or whose counts do not match. */
public class CopyRefusedException extends RuntimeException {

    public CopyRefusedException(String message) {
        super(message);
    }
}
