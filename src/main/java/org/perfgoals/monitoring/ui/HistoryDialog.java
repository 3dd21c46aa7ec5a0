package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.perfgoals.monitoring.read.ChangeRecord;

/** Every change of a cell: who, when, which field, old and new. */
class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    final Grid<ChangeRecord> grid = new Grid<>();

    HistoryDialog(String title, List<ChangeRecord> changes) {
        setHeaderTitle(getTranslation("history.title", title));
        grid.addColumn(change -> WHEN.format(change.changedAt())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        grid.addColumn(ChangeRecord::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(change -> fieldName(change.field())).setHeader(getTranslation("history.field"))
                .setAutoWidth(true);
        grid.addColumn(change -> text(change.oldValue())).setHeader(getTranslation("history.old"));
        grid.addColumn(change -> text(change.newValue())).setHeader(getTranslation("history.new"));
        grid.setItems(changes);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setWidth("52rem");
        add(changes.isEmpty() ? new com.vaadin.flow.component.html.Paragraph(getTranslation("history.none")) : grid);
        getFooter().add(new Button(getTranslation("close"), click -> close()));
    }

    private String fieldName(String field) {
        return fieldName(this, field);
    }

    /** A changed field in words: a part by its label ({@code part:响应时间}), any other by its translation. */
    static String fieldName(Component translator, String field) {
        return field.startsWith("part:") ? field.substring(5)
                : translator.getTranslation("history.field." + field);
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }
}
