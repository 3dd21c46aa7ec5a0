package org.perfgoals.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.jspecify.annotations.Nullable;

/**
 * The dialog an admin view has open now, if any (its tests reach the dialog here); forgotten once it closes. Also
 * the small tertiary button such a view puts in a grid row to open one.
 *
 * @param <D> the view's dialogs
 */
public final class OpenDialog<D extends Dialog> {

    private @Nullable D current;

    /** Opens {@code dialog} and keeps it until it closes. */
    public void open(D dialog) {
        current = dialog;
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened() && current == dialog) {
                current = null;
            }
        });
        dialog.open();
    }

    public @Nullable D current() {
        return current;
    }

    /** A grid row's action: a small tertiary button labelled by the translation of {@code key}. */
    public static Button rowAction(Component context, String key, Runnable click) {
        Button button = new Button(context.getTranslation(key), event -> click.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
