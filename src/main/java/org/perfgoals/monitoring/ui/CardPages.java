package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.perfgoals.base.ui.Pager;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * The entry view's indicators, a page at a time, as cards or as rows of the table: each is created the first time
 * its page is shown, so a form of hundreds of indicators costs one page of components, and what was typed on other
 * pages stays in their components.
 */
class CardPages<T extends Component & IndicatorRow> {

    /** The cards created so far (those of the pages shown), in the order they were created. */
    final List<T> rows = new ArrayList<>();
    /** Those of the page shown, in the sheet's order. */
    final List<T> shown = new ArrayList<>();
    final Pager pager;
    private final HasComponents container;
    private final Map<Long, T> created = new HashMap<>();
    private List<SheetRow> sheetRows = List.of();

    /** {@code container} shows the page's cards after whatever else it holds (a table's head). */
    CardPages(int pageSize, HasComponents container) {
        pager = new Pager(pageSize);
        this.container = container;
    }

    /** Starts over with the rows of a (re)loaded sheet, showing the first page. */
    void reset(List<SheetRow> sheetRows, Function<SheetRow, T> newCard) {
        this.sheetRows = sheetRows;
        rows.clear();
        created.clear();
        pager.reset(sheetRows.size());
        showPage(newCard);
        pager.onChange(() -> showPage(newCard));
    }

    private void showPage(Function<SheetRow, T> newCard) {
        shown.forEach(container::remove);
        shown.clear();
        for (SheetRow row : sheetRows.subList(pager.from(), pager.to())) {
            shown.add(created.computeIfAbsent(row.indicator().id(), id -> {
                T entry = newCard.apply(row);
                rows.add(entry);
                return entry;
            }));
        }
        shown.forEach(container::add);
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

    /** The inputs of every indicator created so far. */
    List<ActualFields> fields() {
        return rows.stream().map(IndicatorRow::fields).toList();
    }
}
