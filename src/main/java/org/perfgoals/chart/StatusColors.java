package org.perfgoals.chart;

/** The colours of the verdicts, the same in every chart and chip (Lumo's success, warning, error, primary). */
public final class StatusColors {

    public static final String GREEN = "#1a9c5b";
    public static final String YELLOW = "#e0a100";
    public static final String RED = "#e03b3b";
    public static final String BLUE = "#1676f3";
    public static final String GREY = "#9aa5b1";

    private StatusColors() {
    }

    public static String of(String status) {
        return switch (status) {
            case "GREEN" -> GREEN;
            case "YELLOW" -> YELLOW;
            case "RED" -> RED;
            case "BLUE" -> BLUE;
            default -> GREY;
        };
    }
}
