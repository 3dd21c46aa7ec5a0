package org.perfgoals.importer;

import java.util.List;

/**
 * A replacement was asked for, but the new form drops indicators or sub-items that hold recorded values: nothing
 * was changed. Each refusal names the project and what the form no longer has.
 */
public class ReplaceRefusedException extends RuntimeException {

    private final transient List<ReplaceRefusal> refusals;

    ReplaceRefusedException(List<ReplaceRefusal> refusals) {
        super("The new forms drop what holds recorded values: " + refusals);
        this.refusals = List.copyOf(refusals);
    }

    public List<ReplaceRefusal> getRefusals() {
        return refusals;
    }
}
