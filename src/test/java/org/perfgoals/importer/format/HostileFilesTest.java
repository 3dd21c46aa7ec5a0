package org.perfgoals.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.importer.format.FormFiles.Checkboxes;
import org.perfgoals.importer.format.FormFiles.Part;

/** Files an importer must refuse, each with its own message, and read nothing of. */
class HostileFilesTest {

    private static ParseResult read(byte[] file) {
        return new FormFileReader().read(file);
    }

    private static void refused(byte[] file, String code, String... args) {
        ParseResult result = read(file);
        assertThat(result.forms()).isEmpty();
        assertThat(result.errors()).extracting(ImportIssue::code, ImportIssue::args)
                .containsExactly(tuple(code, List.of(args)));
    }

    private static byte[] minimalForm() {
        return FormFiles.xlsx(SeedLayout.layout(SeedLayout.forms(SeedLayout.seed()).getFirst().stream()
                .map(line -> String.join("\t", line.cells())).reduce((a, b) -> a + "\n" + b).orElseThrow()));
    }

    @Test
    void a_zip_bomb_is_refused_before_it_is_inflated() {
        byte[] spaces = new byte[60 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = FormFiles.zip(List.of(
                new Part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "content-types\"/>"),
                new Part("xl/workbook.xml", "<workbook/>"),
                new Part("xl/worksheets/sheet1.xml", spaces)));
        assertThat(bomb.length).isLessThan(ImportLimits.MAX_FILE_BYTES);
        refused(bomb, "file.zipBomb", "32");
    }

    /** A sheet of 50 MB that compresses well enough to pass POI's inflate ratio is refused by the part size. */
    @Test
    void a_50_mb_sheet_is_refused_before_it_is_parsed() {
        StringBuilder xml = new StringBuilder("<worksheet><sheetData>");
        for (int r = 1; xml.length() < 50 * 1024 * 1024; r++) {
            xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                    .append(r * 7919L % 1_000_003).append("</v></c></row>");
        }
        byte[] sheet = FormFiles.zip(List.of(
                new Part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "content-types\"/>"),
                new Part("xl/workbook.xml", "<workbook/>"),
                new Part("xl/worksheets/sheet1.xml", xml.append("</sheetData></worksheet>").toString())));
        assertThat(sheet.length).isLessThan(ImportLimits.MAX_FILE_BYTES);
        refused(sheet, "file.zipBomb", "32");
    }

    @Test
    void an_office_97_word_file_is_recognised_by_its_streams_and_a_damaged_one_refused_as_unreadable()
            throws IOException {
        byte[] doc;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[1024]), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            doc = out.toByteArray();
        }
        assertThat(FormFileReader.formatOf(doc)).contains(FileFormat.DOC);
        refused(doc, "file.unreadable", "DOC");
    }

    @Test
    void a_huge_sheet_is_refused_by_its_rows() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r <= ImportLimits.MAX_ROWS; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            refused(out.toByteArray(), "file.tooManyRows", String.valueOf(ImportLimits.MAX_ROWS));
        }
    }

    @Test
    void a_file_over_the_size_limit_is_refused_unread() {
        byte[] large = new byte[ImportLimits.MAX_FILE_BYTES + 1];
        large[0] = 'P';
        large[1] = 'K';
        refused(large, "file.tooLarge", "10");
    }

    @Test
    void a_macro_workbook_is_read_without_running_anything_and_says_so() throws IOException {
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(minimalForm()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) { // an .xlsm, as Excel saves one
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                            .replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office"
                                    + ".vbaProject\"/><Default ")
                            .getBytes(StandardCharsets.UTF_8);
                }
                parts.add(new Part(entry.getName(), content));
            }
        }
        parts.add(new Part("xl/vbaProject.bin", "Sub AutoOpen(): Shell \"calc.exe\": End Sub"));
        ParseResult result = read(FormFiles.zip(parts));
        assertThat(result.errors()).isEmpty();
        assertThat(result.forms()).hasSize(1);
        assertThat(result.warnings()).extracting(ImportIssue::code).contains("file.macrosIgnored");
    }

    @Test
    void an_external_entity_in_a_docx_is_never_resolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        String body = "<w:p><w:r><w:t>上海市财政支出项目绩效目标申报表</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>";
        ParseResult result = read(FormFiles.docxOf(body, doctype));
        assertThat(result.forms()).isEmpty();
        assertThat(result.errors()).extracting(ImportIssue::code).containsExactly("file.unreadable");
        assertThat(result.issues().toString()).doesNotContain("TOP-SECRET-VALUE");
    }

    @Test
    void a_pdf_without_a_text_layer_says_so() {
        refused(FormFiles.pdfOf(600, 800, "0 0 m 100 100 l S\n"), "file.pdf.noText", "1");
    }

    @Test
    void a_renamed_program_is_refused_as_a_program() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        refused(exe, "file.format.executable");
    }

    @Test
    void a_zip_that_is_no_office_document_is_refused_as_an_archive() {
        refused(FormFiles.zip(List.of(new Part("forms/form.txt", SeedLayout.seedText()))), "file.format.archive",
                "1");
    }

    @Test
    void an_image_is_refused_as_an_image() {
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "file.format.image");
    }

    @Test
    void a_file_that_takes_too_long_is_refused() {
        ParseResult result = FormFixtures.stalledReader().read(FormFiles.docx(SeedLayout.seed(), Checkboxes.GLYPH));
        assertThat(result.errors()).extracting(ImportIssue::code).containsExactly("file.timeout");
        assertThat(result.forms()).isEmpty();
    }

    @Test
    void a_damaged_docx_is_refused_as_unreadable() {
        byte[] docx = FormFiles.docx(SeedLayout.seed(), Checkboxes.GLYPH);
        byte[] cut = Arrays.copyOf(docx, docx.length / 2);
        ParseResult result = read(cut);
        assertThat(result.forms()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().getFirst().code()).startsWith("file.");
        assertThat(new String(cut, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }
}
