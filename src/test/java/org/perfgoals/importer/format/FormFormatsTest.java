package org.perfgoals.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.FormReader;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.importer.format.FormFiles.Checkboxes;
import org.perfgoals.importer.format.SeedLayout.Line;

/**
 * The seed's five forms in every format import to exactly what the text import gives: the same forms field by field
 * (lines included) and the same warnings.
 */
class FormFormatsTest {

    private static ParseResult text;
    private static List<Line> seed;

    @BeforeAll
    static void readText() {
        text = new FormReader().read(SeedLayout.seedBytes());
        seed = SeedLayout.seed();
        assertThat(text.forms()).hasSize(5);
    }

    static void readsAsText(byte[] file, FileFormat format) {
        assertThat(FormFileReader.formatOf(file)).contains(format);
        ParseResult read = new FormFileReader().read(file);
        assertThat(read.errors()).isEqualTo(text.errors());
        assertThat(read.forms()).usingRecursiveComparison().isEqualTo(text.forms());
        assertThat(read.warnings()).isEqualTo(text.warnings());
    }

    @ParameterizedTest
    @EnumSource(Checkboxes.class)
    void a_docx_with_merged_cells_reads_as_the_text_whichever_way_it_holds_its_checkboxes(Checkboxes checkboxes) {
        readsAsText(FormFiles.docx(seed, checkboxes), FileFormat.DOCX);
    }

    @Test
    void an_xlsx_with_a_form_a_sheet_merged_regions_numbers_and_dates_reads_as_the_text() {
        readsAsText(FormFiles.xlsx(seed), FileFormat.XLSX);
    }

    @Test
    void an_xls_reads_as_the_text() {
        readsAsText(FormFiles.xls(seed), FileFormat.XLS);
    }

    /** A PDF's lines are its text lines: the two blank lines that open the text file are not in it. */
    @Test
    void a_text_layer_pdf_reads_as_the_text_but_for_its_line_numbers() {
        byte[] pdf = FormFiles.pdf(seed, cell -> SeedLayout.glyphs(cell, "■", "□"));
        assertThat(FormFileReader.formatOf(pdf)).contains(FileFormat.PDF);
        ParseResult read = new FormFileReader().read(pdf);
        assertThat(read.errors()).isEmpty();
        assertThat(read.forms()).usingRecursiveComparison().ignoringFieldsMatchingRegexes("(.*\\.)?(firstLine|line)")
                .isEqualTo(text.forms());
        assertThat(read.forms()).extracting(FormData::firstLine).containsExactly(1, 51, 98, 132, 175);
        assertThat(read.warnings()).extracting(ImportIssue::severity, ImportIssue::code, ImportIssue::args,
                        ImportIssue::formNumber, ImportIssue::projectName)
                .isEqualTo(text.warnings().stream().map(issue -> tuple(issue.severity(), issue.code(), issue.args(),
                        issue.formNumber(), issue.projectName())).toList());
    }

    @Test
    void an_html_page_with_rowspan_and_colspan_reads_as_the_text() {
        readsAsText(FormFiles.html(seed), FileFormat.HTML);
    }

    @Test
    void the_text_itself_is_read_as_before() {
        readsAsText(SeedLayout.seedBytes(), FileFormat.TEXT);
    }
}
