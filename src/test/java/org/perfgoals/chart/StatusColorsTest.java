package org.perfgoals.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusColorsTest {

    @ParameterizedTest(name = "{0}: solid {1}, text {2}, tint {3}")
    @CsvSource({
            "GREEN,            #1a9c5b, #006100, #c6efce",
            "YELLOW,           #e0a100, #8a5300, #ffeb9c",
            "RED,              #e03b3b, #9c0006, #ffc7ce",
            "BLUE,             #1676f3, #1f4e79, #bdd7ee",
            "NO_DATA,          #9aa5b1, #4a5561, #eceff2",
            "NEEDS_ASSESSMENT, #9aa5b1, #4a5561, #eceff2"})
    void each_verdict_has_one_solid_text_and_tint_colour(String status, String solid, String text, String tint) {
        assertThat(StatusColors.palette(status)).isEqualTo(new StatusColors.Palette(solid, text, tint));
        assertThat(StatusColors.of(status)).isEqualTo(solid);
    }

    @ParameterizedTest(name = "--status-{0}")
    @CsvSource({"green, GREEN", "yellow, YELLOW", "red, RED", "blue, BLUE", "grey, GREY"})
    void the_stylesheet_gets_the_same_colours_as_custom_properties(String css, String status) {
        StatusColors.Palette palette = StatusColors.palette(status);
        assertThat(StatusColors.cssProperties())
                .containsEntry("--status-" + css, palette.solid())
                .containsEntry("--status-" + css + "-text", palette.text())
                .containsEntry("--status-" + css + "-tint", palette.tint())
                .hasSize(15);
    }
}
