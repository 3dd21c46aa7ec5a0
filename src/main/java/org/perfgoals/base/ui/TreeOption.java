package org.perfgoals.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * How a picker of tree nodes (units) shows an option: its name as text, indented by its depth, so that the list
 * reads as the tree. The depth is set as a style property, not an inline style attribute (the Content-Security-Policy
 * allows the former only).
 */
public final class TreeOption {

    private TreeOption() {
    }

    public static <T> ComponentRenderer<Span, T> renderer(Function<T, String> name, ToIntFunction<T> depth) {
        return new ComponentRenderer<>(item -> {
            Span option = new Span(name.apply(item));
            option.getStyle().set("padding-inline-start", "calc(" + depth.applyAsInt(item)
                    + " * var(--lumo-space-l))");
            return option;
        });
    }
}
