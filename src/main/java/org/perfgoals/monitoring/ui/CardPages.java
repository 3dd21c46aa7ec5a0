package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.perfgoals.base.ui.Pager;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * The entry view's indicator cards, a page at a time: each card is created the first time its page is shown, so a
 * form of hundreds of indicators costs one page of components, and what was typed on other pages stays in their
 * cards.
 */
class CardPages {

    /** The cards created so far (those of the pages shown), in the order they were created. */
    final List<IndicatorEntry> rows = new ArrayList<>();
    final Pager pager;
    final Div cards = new Div();
    private final Map<Long, IndicatorEntry> created = new HashMap<>();
    private List<SheetRow> sheetRows = List.of();

    CardPages(int pageSize) {
        pager = new Pager(pageSize);
    }

    /** Starts over with the rows of a (re)loaded sheet, showing the first page. */
    void reset(List<SheetRow> sheetRows, Function<SheetRow, IndicatorEntry> newCard) {
        this.sheetRows = sheetRows;
        rows.clear();
        created.clear();
        pager.reset(sheetRows.size());
        showPage(newCard);
        pager.onChange(() -> showPage(newCard));
    }

    private void showPage(Function<SheetRow, IndicatorEntry> newCard) {
        cards.removeAll();
        for (SheetRow row : sheetRows.subList(pager.from(), pager.to())) {
            cards.add(created.computeIfAbsent(row.indicator().id(), id -> {
                IndicatorEntry entry = newCard.apply(row);
                rows.add(entry);
                return entry;
            }));
        }
    }

    /** Turns to the page of the indicator, so that an error on it is seen. */
    void showPageOf(long indicatorId) {
        for (int index = 0; index < sheetRows.size(); index++) {
            if (sheetRows.get(index).indicator().id() == indicatorId) {
                pager.showPageOf(index);
                return;
            }
        }
    }
}
