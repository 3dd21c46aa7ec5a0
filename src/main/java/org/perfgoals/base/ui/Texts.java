package org.perfgoals.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Punctuation that differs between the UI languages: Chinese uses full-width marks without spaces (标签：内容，
 * 名称（说明）), English half-width ones with spaces. Texts assembled from parts go through the {@code format.*}
 * keys, so that the English UI shows no Chinese punctuation.
 */
public final class Texts {

    private Texts() {
    }

    /** "未达标：内容" / "Missed: text". */
    public static String labelled(Component context, String label, String text) {
        return context.getTranslation("format.labelled", label, text);
    }

    /** "名称（说明）" / "name (note)". */
    public static String parenthesised(Component context, String text, String note) {
        return context.getTranslation("format.parenthesised", text, note);
    }

    /** Items one after another: "甲；乙；丙" / "a; b; c"; "" for none. */
    public static String list(Component context, List<String> items) {
        return items.stream().reduce((a, b) -> context.getTranslation("format.list", a, b)).orElse("");
    }

    /** Short items in a row: "甲，乙，丙" / "a, b, c"; "" for none. */
    public static String series(Component context, List<String> items) {
        return items.stream().reduce((a, b) -> context.getTranslation("format.series", a, b)).orElse("");
    }
}
