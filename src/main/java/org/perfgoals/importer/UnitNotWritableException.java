package org.perfgoals.importer;

import java.util.List;
import org.perfgoals.importer.domain.FormData;

/**
 * The file declares projects of units the user may not write (a manager importing another unit's form): nothing
 * was stored. Each refused form is named with its number, project and unit.
 */
public class UnitNotWritableException extends RuntimeException {

    private final transient List<FormData> refused;

    public UnitNotWritableException(List<FormData> refused) {
        super("Forms of units the user may not write: " + refused.stream()
                .map(form -> form.formNumber() + " " + form.unit()).toList());
        this.refused = List.copyOf(refused);
    }

    /** The forms of other units, in file order. */
    public List<FormData> getRefused() {
        return refused;
    }
}
