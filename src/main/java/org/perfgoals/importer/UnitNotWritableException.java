package org.perfgoals.importer;

import java.util.List;
import org.perfgoals.importer.domain.FormData;

/**
 * The file declares projects of units the user may not write (a manager importing another unit's form): nothing
 * was stored. Each refused form is named with its number, project and unit.
 */
public class UnitNotWritableException extends RuntimeException {

    private final transient List<FormData> refused;
    private final transient List<String> files;

    public UnitNotWritableException(List<FormData> refused) {
        this(refused, refused.stream().map(form -> "").toList());
    }

    /** As {@link #UnitNotWritableException(List)}, with the file of each refused form (a batch's). */
    public UnitNotWritableException(List<FormData> refused, List<String> files) {
        super("Forms of units the user may not write: " + refused.stream()
                .map(form -> form.formNumber() + " " + form.unit()).toList());
        this.refused = List.copyOf(refused);
        this.files = List.copyOf(files);
    }

    /** The file of each refused form, in the same order ("" for a single unnamed file). */
    public List<String> getFiles() {
        return files;
    }

    /** The forms of other units, in file order. */
    public List<FormData> getRefused() {
        return refused;
    }
}
