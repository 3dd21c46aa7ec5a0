package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.perfgoals.monitoring.read.ReportState;

/**
 * Below the entry form: save and submit for whoever may edit; approve or return, with a comment, for a reviewer of
 * a submitted quarter.
 */
class ReportActions extends HorizontalLayout {

    final Button save = new Button();
    final Button submit = new Button();
    final Button approve = new Button();
    final Button returnButton = new Button();
    final TextArea reviewComment = new TextArea();

    /** {@code onReview} is told whether the quarter is approved ({@code true}) or returned. */
    ReportActions(Runnable onSave, Runnable onSubmit, Consumer<Boolean> onReview) {
        save.setText(getTranslation("entry.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.run());
        submit.setText(getTranslation("entry.submit"));
        submit.addClickListener(click -> onSubmit.run());
        approve.setText(getTranslation("entry.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(click -> onReview.accept(true));
        returnButton.setText(getTranslation("entry.return"));
        returnButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        returnButton.addClickListener(click -> onReview.accept(false));
        reviewComment.setLabel(getTranslation("entry.reviewComment"));
        reviewComment.setWidth("30em");
        add(save, submit, reviewComment, approve, returnButton);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** Which actions the quarter's state and the user's rights allow now. */
    void show(ReportState state, boolean editable, boolean reviewer) {
        save.setEnabled(editable);
        submit.setEnabled(editable && state.editableByStaff());
        boolean reviewable = reviewer && state == ReportState.SUBMITTED;
        approve.setVisible(reviewable);
        returnButton.setVisible(reviewable);
        reviewComment.setVisible(reviewable);
    }
}
