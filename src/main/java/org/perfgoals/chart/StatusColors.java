package org.perfgoals.chart;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The colours of the verdicts, defined here once and used everywhere: charts and status dots take the solid colour,
 * coloured text (the dashboard's status table) the darker text colour that stays readable on white, and filled cells
 * (status chips, the exported workbook) the light tint with the text colour on it. The stylesheet reads the same
 * values as CSS custom properties ({@code --status-yellow}, {@code --status-yellow-text}, {@code --status-yellow-tint}
 * …), which {@link #cssProperties()} lists for the layout to set.
 */
public final class StatusColors {

    public static final String GREEN = "#1a9c5b";
    public static final String YELLOW = "#e0a100";
    public static final String RED = "#e03b3b";
    public static final String BLUE = "#1676f3";
    public static final String GREY = "#9aa5b1";

    /** One verdict's colours, as {@code #rrggbb}. */
    public record Palette(String solid, String text, String tint) {
    }

    private static final Map<String, Palette> PALETTES = Map.of(
            "GREEN", new Palette(GREEN, "#006100", "#c6efce"),
            "YELLOW", new Palette(YELLOW, "#8a5300", "#ffeb9c"),
            "RED", new Palette(RED, "#9c0006", "#ffc7ce"),
            "BLUE", new Palette(BLUE, "#1f4e79", "#bdd7ee"),
            "GREY", new Palette(GREY, "#4a5561", "#eceff2"));

    private StatusColors() {
    }

    /** The solid colour of a status by its name (GREEN, YELLOW, RED, BLUE; anything else is grey). */
    public static String of(String status) {
        return palette(status).solid();
    }

    /** All colours of a status by its name; NO_DATA, NEEDS_ASSESSMENT and unknown names are grey. */
    public static Palette palette(String status) {
        return PALETTES.getOrDefault(status, PALETTES.get("GREY"));
    }

    /** {@code --status-<name>}, {@code -text} and {@code -tint} for every palette, for the page's root element. */
    public static Map<String, String> cssProperties() {
        Map<String, String> properties = new TreeMap<>();
        PALETTES.forEach((name, palette) -> {
            String prefix = "--status-" + name.toLowerCase(Locale.ROOT);
            properties.put(prefix, palette.solid());
            properties.put(prefix + "-text", palette.text());
            properties.put(prefix + "-tint", palette.tint());
        });
        return properties;
    }
}
