package org.perfgoals.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;

/**
 * Row clicks of a grid whose rows change under the user: the live screens refresh a grid when someone else changes
 * data, which gives its rows new keys, and a click the browser sent for a row drawn before that arrives with a key
 * the grid no longer knows. Such a click opens nothing (the user sees the refreshed rows and clicks again) instead of
 * failing with "Internal error".
 */
public final class RowClicks {

    private RowClicks() {
    }

    public static <T> void open(Grid<T> grid, Consumer<T> action) {
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                action.accept(click.getItem());
            }
        });
    }
}
