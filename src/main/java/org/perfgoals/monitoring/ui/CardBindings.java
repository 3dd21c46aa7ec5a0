package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.ValueProvider;
import java.util.HashMap;
import java.util.Map;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.FieldRef.ActualField;
import org.perfgoals.monitoring.input.InputLimits;

/**
 * The inputs of an indicator's card bound with the service's own readers as validators, each under the
 * {@link FieldRef} it enters, so that a refusal of the service is shown on its input.
 */
class CardBindings {

    /** No bean: what is typed is sent as typed, so that the service reads and refuses it as well. */
    final Binder<ActualEntry> binder = new Binder<>();
    private final Map<FieldRef, HasValidation> bound = new HashMap<>();
    private final Component translator;
    private final long indicatorId;

    CardBindings(Component translator, long indicatorId) {
        this.translator = translator;
        this.indicatorId = indicatorId;
    }

    FieldRef ref(ActualField field) {
        return FieldRef.actual(indicatorId, field);
    }

    void number(TextField field, FieldRef ref, String measureUnit, String name,
                ValueProvider<ActualEntry, String> typed) {
        binder.forField(field).withValidator(EntryValidators.number(translator, ref, measureUnit, name))
                .bind(typed, null);
        bound.put(ref, field);
    }

    void text(HasValue<?, String> field, ActualField what, ValueProvider<ActualEntry, String> typed) {
        binder.forField(field).withValidator(EntryValidators.text(translator, ref(what), InputLimits.TEXT))
                .bind(typed, null);
        bound.put(ref(what), (HasValidation) field);
    }

    <V, F extends HasValue<?, V> & HasValidation> void bind(F field, ActualField what,
                                                           ValueProvider<ActualEntry, V> typed) {
        binder.forField(field).bind(typed, null);
        bound.put(ref(what), field);
    }

    /** The input bound to the field, else {@code fallback}. */
    HasValidation inputOf(FieldRef field, HasValidation fallback) {
        return bound.getOrDefault(field, fallback);
    }
}
