package org.perfgoals.security.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.EnumMap;
import java.util.Map;
import org.perfgoals.security.domain.PasswordPolicy;
import org.perfgoals.security.user.PasswordChangeException;
import org.perfgoals.security.user.UserAccounts;

/**
 * Current, new and repeated password, bound by a {@link Binder}: the policy and the repetition are checked as the
 * user types; what only the server knows (the current password) comes back as {@link PasswordChangeException},
 * whose typed fields name the field that shows the message.
 */
class PasswordForm extends FormLayout {

    /** What the form holds; the binder writes it. */
    static final class Entry {
        private String current = "";
        private String next = "";
        private String repeat = "";

        String getCurrent() {
            return current;
        }

        void setCurrent(String current) {
            this.current = current;
        }

        String getNext() {
            return next;
        }

        void setNext(String next) {
            this.next = next;
        }

        String getRepeat() {
            return repeat;
        }

        void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }

    final PasswordField current = new PasswordField(getTranslation("profile.password.current"));
    final PasswordField next = new PasswordField(getTranslation("profile.password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("profile.password.repeat"));
    final Button save = new Button(getTranslation("profile.password.save"));
    final Binder<Entry> binder = new Binder<>();
    private final Map<PasswordChangeException.Field, PasswordField> fields =
            new EnumMap<>(PasswordChangeException.Field.class);

    PasswordForm(UserAccounts accounts, String username, Runnable changed) {
        fields.put(PasswordChangeException.Field.CURRENT, current);
        fields.put(PasswordChangeException.Field.NEW, next);
        String required = error("required");
        binder.forField(current).asRequired(required).bind(Entry::getCurrent, Entry::setCurrent);
        binder.forField(next).asRequired(required)
                .withValidator((value, context) -> PasswordPolicy.standard().check(username, value).stream()
                        .findFirst().map(rule -> ValidationResult.error(error(rule.code())))
                        .orElse(ValidationResult.ok()))
                .bind(Entry::getNext, Entry::setNext);
        binder.forField(repeat).asRequired(required)
                .withValidator(value -> value.equals(next.getValue()), error("repeat"))
                .bind(Entry::getRepeat, Entry::setRepeat);
        next.addValueChangeListener(event -> {
            if (!repeat.isEmpty()) {
                binder.validate();
            }
        });
        binder.setBean(new Entry());
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Entry entry = binder.getBean();
            try {
                accounts.changeOwnPassword(entry.getCurrent(), entry.getNext());
            } catch (PasswordChangeException refused) {
                refused.getProblems().forEach(problem -> {
                    PasswordField field = fields.get(problem.field());
                    field.setErrorMessage(error(problem.code()));
                    field.setInvalid(true);
                });
                return;
            }
            binder.setBean(new Entry());
            changed.run();
        });
        add(new Paragraph(getTranslation("profile.password.rules", PasswordPolicy.MIN_LENGTH)), current, next,
                repeat, save);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setMaxWidth("28em");
    }

    private String error(String code) {
        return getTranslation("user.password.error." + code, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES);
    }
}
