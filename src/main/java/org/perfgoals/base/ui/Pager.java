package org.perfgoals.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Pages through a long list a fixed number at a time, with the same bar above and below the list (previous, "page
 * 2 of 15 (300 items)", next). Hidden while everything fits on one page. The owner shows {@link #from()} to
 * {@link #to()} and is called back when the page changes.
 */
public final class Pager {

    /** One bar; the pager keeps two in step. */
    public static final class Bar extends HorizontalLayout {
        final Button previous = new Button();
        final Button next = new Button();
        final Span position = new Span();

        Bar() {
            previous.setText(getTranslation("pager.previous"));
            next.setText(getTranslation("pager.next"));
            previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            position.addClassName("pager-position");
            add(previous, position, next);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            addClassName("pager");
        }
    }

    public final Bar top = new Bar();
    public final Bar bottom = new Bar();
    private final int size;
    private int total;
    private int page;
    private Runnable listener = () -> { };

    public Pager(int size) {
        this.size = size;
        for (Bar bar : new Bar[] {top, bottom}) {
            bar.previous.addClickListener(click -> go(page - 1));
            bar.next.addClickListener(click -> go(page + 1));
        }
        update();
    }

    /** A new list: back to the first page (without calling back). */
    public void reset(int items) {
        total = items;
        page = 0;
        update();
    }

    public void onChange(Runnable callback) {
        listener = callback;
    }

    public int from() {
        return Math.min(page * size, total);
    }

    public int to() {
        return Math.min(from() + size, total);
    }

    public int page() {
        return page;
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public void showPageOf(int index) {
        go(index / size);
    }

    public void go(int wanted) {
        int target = Math.max(0, Math.min(wanted, pages() - 1));
        if (target != page) {
            page = target;
            update();
            listener.run();
        }
    }

    private void update() {
        for (Bar bar : new Bar[] {top, bottom}) {
            bar.setVisible(pages() > 1);
            bar.previous.setEnabled(page > 0);
            bar.next.setEnabled(page < pages() - 1);
            bar.position.setText(bar.getTranslation("pager.position", page + 1, pages(), total));
        }
    }
}
