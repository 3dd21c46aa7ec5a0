package org.perfgoals.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;

/**
 * A dialog holding a small form whose fields a {@link Binder} validates as they are typed; saving validates them
 * all, then calls the service ({@link #submit()}). What the service refuses comes back on the field it names
 * ({@link #refuse(Enum, String)}, through {@link Refusals}), or, when the form has no such field, above the buttons.
 * The binder has no bean: what is typed is read from the fields and sent as typed, the service checks it again.
 *
 * @param <F> the refusing service's field enum
 */
public abstract class FormDialog<F extends Enum<F>> extends Dialog {

    public final FormLayout form = new FormLayout();
    public final Button save = new Button();
    public final Button cancel = new Button();
    /** A refusal no field of the form shows. */
    public final Paragraph refusal = new Paragraph();
    protected final Binder<Object> binder = new Binder<>();
    protected final Refusals<F> refusals;

    /** A dialog titled by the translation of {@code titleKey} filled with {@code args}, saving with {@code saveKey}. */
    protected FormDialog(Class<F> fields, String saveKey, String titleKey, Object... args) {
        refusals = new Refusals<>(fields);
        setHeaderTitle(getTranslation(titleKey, args));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("30em");
        form.setMaxWidth("100%");
        refusal.addClassName("form-refusal");
        refusal.setVisible(false);
        add(form, refusal);
        save.setText(getTranslation(saveKey));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> attempt());
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
    }

    /** Binds a field for validation only: the binder never reads nor writes a bean. */
    protected final <V> void validate(Binder.BindingBuilder<Object, V> binding) {
        // A setter, though never called: a binding without one would make the field read-only.
        binding.bind(ignored -> null, (ignored, value) -> { });
    }

    /** Calls the service with what the fields hold; true when it was done (the dialog closes). */
    protected abstract boolean submit();

    /** Shows a refusal of the service on its field (to be followed by {@link #showRefusals()}). */
    protected final void refuse(F field, String message) {
        if (!refusals.refuse(field, message)) {
            refusal.setText(message);
            refusal.setVisible(true);
        }
    }

    /** Lets the binder show the refusals on their fields. */
    protected final void showRefusals() {
        binder.validate();
    }

    private void attempt() {
        refusals.clear();
        refusal.setVisible(false);
        if (binder.validate().isOk() && submit()) {
            close();
        }
    }
}
