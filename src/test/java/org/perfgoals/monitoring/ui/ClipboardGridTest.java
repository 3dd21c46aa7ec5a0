package org.perfgoals.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A range pasted from a spreadsheet read into rows of cells, as Excel, WPS and LibreOffice put it there. */
class ClipboardGridTest {

    @Test
    void a_column_is_one_cell_per_line_and_the_last_line_break_ends_the_last_row() {
        assertThat(ClipboardGrid.parse("85\r\n100\r\n98.5%\r\n"))
                .isEqualTo(List.of(List.of("85"), List.of("100"), List.of("98.5%")));
        assertThat(ClipboardGrid.parse("85\n100")).isEqualTo(List.of(List.of("85"), List.of("100")));
        assertThat(ClipboardGrid.parse("85\r100\r")).isEqualTo(List.of(List.of("85"), List.of("100")));
    }

    @Test
    void cells_of_a_row_are_separated_by_tabs_and_empty_cells_stay_empty() {
        assertThat(ClipboardGrid.parse("20\t100\n\t200\n25\t\n"))
                .isEqualTo(List.of(List.of("20", "100"), List.of("", "200"), List.of("25", "")));
    }

    @Test
    void an_empty_line_in_the_middle_is_an_empty_cell() {
        assertThat(ClipboardGrid.parse("1\n\n3\n")).isEqualTo(List.of(List.of("1"), List.of(""), List.of("3")));
    }

    @Test
    void a_quoted_cell_keeps_its_tabs_line_breaks_and_quotes() {
        assertThat(ClipboardGrid.parse("\"更换\n设备\"\t\"说\"\"明\"\n2\n"))
                .isEqualTo(List.of(List.of("更换\n设备", "说\"明"), List.of("2")));
    }

    @Test
    void nothing_pasted_is_no_row() {
        assertThat(ClipboardGrid.parse("")).isEmpty();
    }

    @Test
    void a_spreadsheets_date_is_read_in_its_usual_spellings() {
        assertThat(EntryTableRow.date("2019-12-15")).contains(java.time.LocalDate.of(2019, 12, 15));
        assertThat(EntryTableRow.date("2019/12/5")).contains(java.time.LocalDate.of(2019, 12, 5));
        assertThat(EntryTableRow.date("2019年12月15日")).contains(java.time.LocalDate.of(2019, 12, 15));
        assertThat(EntryTableRow.date("2019-02-30")).isEmpty();
        assertThat(EntryTableRow.date("15.12.2019")).isEmpty();
    }
}
