package org.perfgoals.importer.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.ImportedFile;

/** One file of a batch: its name with what it holds, then its {@link ImportPreview}. */
class FilePreview extends VerticalLayout {

    final H3 title = new H3();
    final ImportPreview preview;

    FilePreview(ImportedFile file) {
        setPadding(false);
        addClassName("import-file");
        addClassName(file.isValid() ? "import-file-valid" : "import-file-invalid");
        ImportResult result = file.result();
        title.setText(getTranslation("import.summary", file.name(), result.forms().size(), result.warnings().size(),
                result.errors().size()));
        preview = new ImportPreview(result);
        add(title, preview);
    }
}
