package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import org.perfgoals.monitoring.domain.ActualInput;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.InputLimits;

/**
 * The entry view's {@code Binder} validators: the service's own readers ({@link InputLimits}, {@link ActualInput}),
 * so that a field refuses at once what a save would refuse, with the same message. Rules that need the whole row
 * (an explanation a RED row needs) stay with the service, whose refusals the cards show by {@link FieldRef}.
 */
final class EntryValidators {

    private EntryValidators() {
    }

    /** A number in the indicator's (or part's) unit of measure; {@code name} says if a percentage may pass 100. */
    static Validator<String> number(Component translator, FieldRef field, String measureUnit, String name) {
        return (text, context) -> result(translator, Optional.ofNullable(InputLimits.number(field, text, measureUnit,
                ActualInput.percentCanExceed100(name), InputLimits.VALUE_DECIMALS).error()));
    }

    /** An amount spent in 元. */
    static Validator<String> amount(Component translator, FieldRef field) {
        return (text, context) -> result(translator, Optional.ofNullable(InputLimits.amount(field, text).error()));
    }

    /** A text the column holds. */
    static Validator<String> text(Component translator, FieldRef field, int max) {
        return (text, context) -> result(translator, InputLimits.tooLong(field, text, max));
    }

    /** What the entry view says for a refusal, whether its binder or the service refused. */
    static String message(Component translator, FieldError error) {
        return translator.getTranslation("monitoring.error." + error.code(), error.args().toArray());
    }

    private static ValidationResult result(Component translator, Optional<FieldError> refused) {
        return refused.map(error -> ValidationResult.error(message(translator, error))).orElse(ValidationResult.ok());
    }
}
