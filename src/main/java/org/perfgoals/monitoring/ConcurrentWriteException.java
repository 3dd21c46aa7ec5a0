package org.perfgoals.monitoring;

/** Others kept writing the same quarter at the same moment: the write was tried a few times and then given up. */
public class ConcurrentWriteException extends RuntimeException {

    public ConcurrentWriteException(Throwable lastConflict) {
        super("The quarter was written concurrently; try again", lastConflict);
    }
}
