package org.perfgoals.security.user.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.perfgoals.security.Role;

/** The roles of a user as one checkbox per role, named in words; one field for the binder, with its error below. */
class RoleChecks extends AbstractCompositeField<Div, RoleChecks, Set<Role>> implements HasValidation {

    final Map<Role, Checkbox> boxes = new EnumMap<>(Role.class);
    private final Span caption = new Span();
    private final Span error = new Span();
    private boolean invalid;

    RoleChecks(String label) {
        super(Set.of());
        caption.setText(label);
        caption.addClassName("role-checks-label");
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        for (Role role : Role.values()) {
            Checkbox box = new Checkbox(getTranslation("role." + role.name()));
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    setModelValue(selected(), true);
                }
            });
            boxes.put(role, box);
            row.add(box);
        }
        error.addClassName("role-checks-error");
        error.setVisible(false);
        getContent().addClassName("role-checks");
        getContent().add(caption, row, error);
    }

    private Set<Role> selected() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boxes.forEach((role, box) -> {
            if (box.getValue()) {
                roles.add(role);
            }
        });
        return Set.copyOf(roles);
    }

    @Override
    protected void setPresentationValue(Set<Role> roles) {
        boxes.forEach((role, box) -> box.setValue(roles.contains(role)));
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        super.setRequiredIndicatorVisible(visible);
        caption.setClassName("required", visible);
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
