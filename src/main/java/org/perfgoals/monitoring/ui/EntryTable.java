package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * The entry view's table mode: one {@link EntryTableRow} per indicator, a page of them at a time, typed row after
 * row with the keyboard — Enter or arrow down moves to the same column of the next row, arrow up back, Tab to the
 * next input — and filled from a spreadsheet: a range pasted into a cell fills that cell, the rows below it and the
 * columns to its right. Both are a few lines of script on the table (run with {@code executeJs}, which the
 * Content-Security-Policy allows); the pasted text comes back as a DOM event and is put into the inputs here, where
 * the form's own validators and the row's preview read it as if it had been typed.
 */
class EntryTable extends Div {

    /** Rows per page: a row holds a few inputs, so more fit than cards. */
    static final int PAGE_SIZE = 50;
    /** The longest pasted text read: a page of rows of a few columns is far less. */
    static final int MAX_PASTE = 100_000;

    /**
     * Keys move along a column (text fields only: a select or date picker uses Enter and the arrows itself); a paste
     * of more than one cell goes to the server as an {@code entry-table-paste} event, a single value is typed as
     * usual.
     */
    private static final String SCRIPT = """
            const table = this;
            if (table.__entryTable) { return; }
            table.__entryTable = true;
            const cellOf = (e) => e.composedPath().find(n => n.tagName === 'TD' && n.dataset.col !== undefined);
            const focus = (cell) => {
              const input = cell && cell.querySelector('vaadin-text-field, vaadin-select, vaadin-date-picker');
              if (!input || input.readonly) { return false; }
              input.focus();
              const native = input.querySelector('input');
              if (native) { native.select(); }
              return true;
            };
            table.addEventListener('keydown', (e) => {
              const down = e.key === 'Enter' || e.key === 'ArrowDown';
              if ((!down && e.key !== 'ArrowUp') || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
              const cell = cellOf(e);
              if (!cell || !e.composedPath().some(n => n.tagName === 'VAADIN-TEXT-FIELD')) { return; }
              const rows = Array.from(table.tBodies);
              for (let at = rows.indexOf(cell.closest('tbody')) + (down ? 1 : -1);
                   at >= 0 && at < rows.length; at += down ? 1 : -1) {
                if (focus(rows[at].querySelector('td[data-col="' + cell.dataset.col + '"]'))) {
                  e.preventDefault();
                  return;
                }
              }
            });
            table.addEventListener('paste', (e) => {
              const text = e.clipboardData ? e.clipboardData.getData('text') : '';
              const cell = cellOf(e);
              if (!cell || !/[\\t\\r\\n]/.test(text.replace(/(\\r\\n|\\n|\\r)$/, ''))) { return; }
              e.preventDefault();
              table.dispatchEvent(new CustomEvent('entry-table-paste', {detail: {text: text,
                  indicator: cell.closest('tbody').dataset.indicator, column: Number(cell.dataset.col)}}));
            });
            """;

    final NativeTable table = new NativeTable();
    final CardPages<EntryTableRow> pages = new CardPages<>(PAGE_SIZE, table);
    private final Consumer<ActualFields> onChange;
    private boolean editable;

    /** {@code onChange} judges a row whose input changed (typed or pasted). */
    EntryTable(Consumer<ActualFields> onChange) {
        this.onChange = onChange;
        addClassName("entry-table");
        table.addClassName("entry-table-grid");
        Div scroll = new Div(table);
        scroll.addClassName("entry-table-scroll");
        add(pages.pager.top, scroll, pages.pager.bottom);
        table.getElement().addEventListener("entry-table-paste", event -> paste(
                        event.getEventData().path("event.detail.indicator").asLong(-1),
                        event.getEventData().path("event.detail.column").asInt(-1),
                        event.getEventData().path("event.detail.text").asString("")))
                .addEventData("event.detail.indicator").addEventData("event.detail.column")
                .addEventData("event.detail.text");
        table.addAttachListener(attach -> table.getElement().executeJs(SCRIPT));
    }

    /**
     * Shows the sheet's rows from the first page, editable or not; {@code typed} holds what was typed in the other
     * layout and not saved, put into the rows as they are created.
     */
    void show(List<SheetRow> rows, boolean editable, Map<Long, ActualEntry> typed) {
        this.editable = editable;
        EntryTableRow.Columns columns = EntryTableRow.Columns.of(rows);
        table.removeHead();
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("entryTable.indicator"));
        head.addHeaderCell().setText(getTranslation("entryTable.target"));
        head.addHeaderCell().setText(getTranslation("entryTable.previous"));
        var values = head.addHeaderCell();
        values.setText(getTranslation("entryTable.value"));
        values.getElement().setAttribute("colspan", String.valueOf(columns.values()));
        if (columns.assessments()) {
            head.addHeaderCell().setText(getTranslation("entry.assessment"));
        }
        if (columns.deadlines()) {
            head.addHeaderCell().setText(getTranslation("entry.doneOn"));
        }
        head.addHeaderCell().setText(getTranslation("entryTable.status"));
        pages.reset(rows, row -> {
            EntryTableRow created = new EntryTableRow(row, columns, onChange);
            created.fields.setEditable(editable);
            ActualEntry carried = typed.get(row.indicator().id());
            if (carried != null) {
                created.fields.type(carried);
                onChange.accept(created.fields);
            }
            return created;
        });
    }

    /**
     * A range pasted into the cell of an indicator's row and column: line by line into that row and those below it
     * on the page, cell by cell into that column and those to its right. Cells beyond the last row or column, and
     * cells where a row has no input (a derived row, a part it does not have), are left out; each row filled is
     * judged as if typed.
     */
    void paste(long indicatorId, int column, String text) {
        if (!editable || column < 0) {
            return;
        }
        if (text.length() > MAX_PASTE) {
            EntryNotices.notify(getTranslation("entryTable.pasteTooLong", MAX_PASTE), NotificationVariant.LUMO_ERROR);
            return;
        }
        List<EntryTableRow> shown = pages.shown;
        int first = -1;
        for (int index = 0; index < shown.size(); index++) {
            if (shown.get(index).fields.indicator.id() == indicatorId) {
                first = index;
                break;
            }
        }
        if (first < 0) {
            return;
        }
        List<List<String>> lines = ClipboardGrid.parse(text);
        int filled = Math.min(lines.size(), shown.size() - first);
        for (int line = 0; line < filled; line++) {
            EntryTableRow row = shown.get(first + line);
            if (row.fields.row.derived()) {
                // 预算执行率 is computed from the spending: its line of the range is left out.
                continue;
            }
            List<String> cells = lines.get(line);
            Map<Integer, String> refused = new HashMap<>();
            for (int cell = 0; cell < cells.size() && column + cell <= row.lastColumn(); cell++) {
                int at = column + cell;
                Optional<String> refusal = row.paste(at, cells.get(cell));
                refusal.ifPresent(message -> refused.put(at, message));
            }
            row.fields.touch();
            onChange.accept(row.fields);
            refused.forEach(row::refuse);
        }
        if (filled < lines.size()) {
            EntryNotices.notify(getTranslation("entryTable.pastedBeyond", lines.size() - filled),
                    NotificationVariant.LUMO_WARNING);
        }
    }
}
