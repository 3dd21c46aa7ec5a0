package org.perfgoals.base.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a service refused, shown by a form's {@link com.vaadin.flow.data.binder.Binder} on the field it names: each
 * binding of a field adds {@link #validator(Enum)}; after a refusal the form calls {@link #refuse(Enum, String)}
 * and {@code binder.validate()}. The message stays while the field holds the value that was refused and goes as soon
 * as it is changed. The fields are named by the service exception's own enum, so no string ties a refusal to its
 * input.
 *
 * @param <F> the refusing service's field enum
 */
public final class Refusals<F extends Enum<F>> {

    private record Refusal(@Nullable Object value, String message) {
    }

    private final Map<F, Refusal> refused;
    /** The value each field's validator saw last: the one that was sent when the service refused it. */
    private final Map<F, @Nullable Object> seen;

    public Refusals(Class<F> fields) {
        refused = new EnumMap<>(fields);
        seen = new EnumMap<>(fields);
    }

    /** The validator of a field's binding: refuses the value the service refused, with the service's message. */
    public <V> Validator<V> validator(F field) {
        return (value, context) -> {
            seen.put(field, value);
            Refusal refusal = refused.get(field);
            return refusal != null && Objects.equals(refusal.value(), value)
                    ? ValidationResult.error(refusal.message()) : ValidationResult.ok();
        };
    }

    /**
     * Marks the field's last value as refused; false when no binding of this form validates the field (the form
     * shows the message elsewhere then).
     */
    public boolean refuse(F field, String message) {
        if (!seen.containsKey(field)) {
            return false;
        }
        refused.put(field, new Refusal(seen.get(field), message));
        return true;
    }

    /** Forgets every refusal (a new attempt, or the form opened for another item). */
    public void clear() {
        refused.clear();
    }
}
