package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * The entry view's indicators in the layout chosen with {@link EntryLayoutTabs}: the cards a page at a time, or the
 * compact {@link EntryTable}. Both hold the same {@link ActualFields}, so the view reads, saves and marks refusals
 * the same way whichever is shown ({@link #pages()}). Switching keeps what was typed and not saved.
 */
class IndicatorLayouts extends Div {

    final EntryLayoutTabs tabs = new EntryLayoutTabs(this::switched);
    final Div cards = new Div();
    final CardPages<IndicatorEntry> cardPages;
    final EntryTable table;
    private final Consumer<ActualFields> onChange;
    private List<SheetRow> rows = List.of();
    private boolean editable;
    private Function<SheetRow, IndicatorEntry> newCard = row -> {
        throw new IllegalStateException("no sheet shown");
    };

    /** {@code onChange} judges a row whose input changed, in either layout. */
    IndicatorLayouts(int cardsPerPage, Consumer<ActualFields> onChange) {
        this.onChange = onChange;
        cardPages = new CardPages<>(cardsPerPage, cards);
        table = new EntryTable(onChange);
    }

    /** Takes the layout the address asks for ({@code ?mode=table}), else the one remembered in the session. */
    void read(QueryParameters parameters) {
        tabs.read(parameters);
    }

    /** Shows a (re)loaded sheet's indicators; {@code newCard} makes a card (the layout labels and binds it). */
    void show(List<SheetRow> sheetRows, boolean editable, Function<SheetRow, IndicatorEntry> newCard) {
        this.rows = sheetRows;
        this.editable = editable;
        this.newCard = newCard;
        show(Map.of());
    }

    /** The cards or the table rows shown now, with their fields. */
    CardPages<?> pages() {
        return tabs.tableShown() ? table.pages : cardPages;
    }

    private void show(Map<Long, ActualEntry> typed) {
        removeAll();
        if (tabs.tableShown()) {
            add(table);
            table.show(rows, editable, typed);
        } else {
            add(cardPages.pager.top, cards, cardPages.pager.bottom);
            cardPages.reset(rows, row -> {
                IndicatorEntry card = newCard.apply(row);
                ActualEntry carried = typed.get(row.indicator().id());
                if (carried != null) {
                    card.fields.type(carried);
                    onChange.accept(card.fields);
                }
                return card;
            });
        }
    }

    /** Switched from {@code before}: what was typed there and not saved goes along; the spending stays as it is. */
    private void switched(EntryLayoutTabs.Layout before) {
        CardPages<?> left = before == EntryLayoutTabs.Layout.TABLE ? table.pages : cardPages;
        show(left.fields().stream().filter(ActualFields::touched)
                .collect(Collectors.toMap(fields -> fields.indicator.id(), ActualFields::entry)));
    }
}
