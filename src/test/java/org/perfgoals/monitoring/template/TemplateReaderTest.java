package org.perfgoals.monitoring.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A hostile or broken workbook is refused before POI builds it; cells read as a person typed them. */
class TemplateReaderTest {

    private static String refusal(byte[] file) {
        try {
            TemplateReader.read(file);
        } catch (TemplateRejectedException rejected) {
            return rejected.getProblems().getFirst().code();
        }
        throw new AssertionError("accepted");
    }

    private static byte[] zip(int entries, int bytesEach) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
                byte[] zeros = new byte[1024 * 1024];
                for (int written = 0; written < bytesEach; written += zeros.length) {
                    zip.write(zeros, 0, Math.min(zeros.length, bytesEach - written));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void a_zip_bomb_stops_at_the_unpacked_limit() throws IOException {
        byte[] bomb = zip(1, 64 * 1024 * 1024);
        assertThat(bomb.length).as("a small file").isLessThan(TemplateReader.MAX_FILE_BYTES);

        assertThat(refusal(bomb)).isEqualTo("tooLarge");
    }

    @Test
    void too_many_parts_no_zip_and_nothing_are_refused() throws IOException {
        assertThat(refusal(zip(TemplateReader.MAX_PARTS + 1, 0))).isEqualTo("tooManyParts");
        assertThat(refusal("=cmd|' /C calc'!A0".getBytes(StandardCharsets.UTF_8))).isEqualTo("notXlsx");
        assertThat(refusal(new byte[0])).isEqualTo("empty");
        assertThat(refusal(zip(1, 10))).isEqualTo("unreadable");
    }

    @Test
    void a_workbook_without_the_templates_sheets_or_over_the_row_cap_is_refused() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1");
            assertThat(refusal(bytes(workbook))).isEqualTo("sheetMissing");
            XSSFSheet entry = workbook.createSheet(TemplateColumns.ENTRY_SHEET);
            entry.createRow(TemplateReader.MAX_ROWS + 1).createCell(0).setCellValue(1);
            assertThat(refusal(bytes(workbook))).isEqualTo("tooManyRows");
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} is a percentage format: {1}")
    @CsvSource(delimiter = '|', value = {
        // format               | shows a fraction as a percentage
        "0.00%                  | true",
        "0%                     | true",
        "0.00\" %\"             | false",
        "0.00\\ \\%             | false",
        "General                | false",
        "#,##0.00               | false",
    })
    void a_percentage_is_read_in_percent_only_when_the_format_makes_it_one(String format, boolean percent) {
        assertThat(TemplateReader.isPercentFormat(format)).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        // written             | date (empty: refused)
        "2019-09-30            | 2019-09-30",
        "2019/9/3              | 2019-09-03",
        "2019.12.31            | 2019-12-31",
        "2019年9月30日          | 2019-09-30",
        "2019-02-30            | ",
        "九月底                 | ",
    })
    void a_completion_date_is_read_as_people_write_it(String written, LocalDate date) {
        assertThat(TemplateEntries.date(written).orElse(null)).isEqualTo(date);
    }
}
