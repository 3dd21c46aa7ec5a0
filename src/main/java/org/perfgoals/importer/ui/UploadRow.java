package org.perfgoals.importer.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** One upload of the batch: its name, its own progress bar while it is read, then what it held or why it was refused.
 */
class UploadRow extends HorizontalLayout {

    final Span name = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span state = new Span();

    UploadRow(String fileName) {
        addClassName("import-upload");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        name.setText(fileName);
        name.setTitle(fileName);
        name.addClassName("import-upload-name");
        // One column of names, so the bars line up; a long name is cut with an ellipsis (its title shows it whole).
        name.setWidth("16em");
        name.getStyle().set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap");
        progress.setIndeterminate(true);
        progress.setWidth("12em");
        state.addClassName("import-upload-state");
        state.setText(getTranslation("import.parsing", fileName));
        add(name, progress, state);
    }

    void done(String text) {
        progress.setIndeterminate(false);
        progress.setValue(1);
        state.setText(text);
    }

    void refused(String text) {
        done(text);
        progress.addThemeName("error");
        state.addClassName("import-upload-refused");
    }
}
