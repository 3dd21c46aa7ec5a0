package org.perfgoals.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.FormReader;
import org.perfgoals.importer.domain.ParseResult;

/**
 * The national-family fixture written as an .xlsx by POI (a form a sheet, numbers typed as numbers, decimals
 * included, the 一级 column merged over its rows as Excel forms print it) imports to exactly the forms of the text
 * file, field by field.
 */
class NationalFormXlsxTest {

    private static final Pattern NUMBER = Pattern.compile("(?:0|[1-9][0-9]{0,8})(?:\\.[0-9]{1,4})?");

    private static String fixture() {
        try (InputStream in = NationalFormXlsxTest.class.getResourceAsStream("/forms/national-family.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The forms of a text, one list of rows each, cut before every title line. */
    private static List<List<String[]>> forms(String text) {
        List<List<String[]>> forms = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.contains("绩效目标表") || line.contains("绩效目标申报表")) {
                forms.add(new ArrayList<>());
            }
            if (!forms.isEmpty() && !line.isBlank()) {
                forms.getLast().add(line.split("\t", -1));
            }
        }
        return forms;
    }

    private static byte[] xlsx(String text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            int number = 1;
            for (List<String[]> form : forms(text)) {
                Sheet sheet = workbook.createSheet("目标表" + number++);
                int level1From = -1;
                boolean inTable = false;
                for (int r = 0; r < form.size(); r++) {
                    Row row = sheet.createRow(r);
                    String[] cells = form.get(r);
                    for (int c = 0; c < cells.length; c++) {
                        if (NUMBER.matcher(cells[c]).matches()) {
                            row.createCell(c).setCellValue(new BigDecimal(cells[c]).doubleValue());
                        } else if (!cells[c].isEmpty()) {
                            row.createCell(c).setCellValue(cells[c]);
                        }
                    }
                    // a 一级 cell printed once and empty below it: one merged region down to the next 一级
                    if (inTable && !cells[0].isEmpty()) {
                        merge(sheet, level1From, r - 1);
                        level1From = r;
                    }
                    inTable |= cells[0].equals("一级指标");
                }
                merge(sheet, level1From, form.size() - 1);
                assertThat(sheet.getNumMergedRegions()).isPositive();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(Sheet sheet, int from, int to) {
        if (from >= 0 && to > from) {
            sheet.addMergedRegion(new CellRangeAddress(from, to, 0, 0));
        }
    }

    @Test
    void a_national_family_workbook_imports_to_exactly_the_forms_of_the_text() {
        ParseResult text = new FormReader().read(fixture());
        byte[] file = xlsx(fixture());

        ParseResult read = new FormFileReader().read(file);

        assertThat(FormFileReader.formatOf(file)).contains(FileFormat.XLSX);
        assertThat(text.issues()).isEmpty();
        assertThat(read.issues()).isEmpty();
        assertThat(read.forms()).hasSize(2);
        assertThat(read.forms()).usingRecursiveComparison().ignoringFieldsMatchingRegexes("(.*\\.)?(firstLine|line)")
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(text.forms());
        assertThat(read.forms()).extracting(FormData::unit).containsExactly("上海市社会保障卡服务中心", "上海市就业促进中心");
        assertThat(read.forms().getFirst().indicators()).extracting(indicator -> indicator.target().raw())
                .containsExactly("≥300个", "≥99.5%", "≤30分钟", "≤0.5万元", "=0起", "健全", "≥95%");
    }

    @Test
    void the_cells_of_each_sheet_are_the_rows_of_the_text() {
        List<List<String>> cells = Arrays.stream(fixture().split("\n")).map(line -> Arrays.asList(line.split("\t")))
                .toList();

        assertThat(new FormReader().readCells(cells).forms()).usingRecursiveComparison()
                .isEqualTo(new FormReader().read(fixture()).forms());
    }
}
