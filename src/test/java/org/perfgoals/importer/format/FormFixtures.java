package org.perfgoals.importer.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfgoals.importer.domain.FormReader;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.importer.format.FormFiles.Checkboxes;
import org.perfgoals.importer.format.FormFiles.Part;

/** Form files of every format for tests outside this package (the REST API's, the bench). */
public final class FormFixtures {

    private FormFixtures() {
    }

    public static byte[] seedText() {
        return SeedLayout.seedBytes();
    }

    public static byte[] seedDocx() {
        return FormFiles.docx(SeedLayout.seed(), Checkboxes.GLYPH);
    }

    public static byte[] seedXlsx() {
        return FormFiles.xlsx(SeedLayout.seed());
    }

    public static byte[] seedXls() {
        return FormFiles.xls(SeedLayout.seed());
    }

    public static byte[] seedPdf() {
        return FormFiles.pdf(SeedLayout.seed(), cell -> SeedLayout.glyphs(cell, "■", "□"));
    }

    public static byte[] seedHtml() {
        return FormFiles.html(SeedLayout.seed());
    }

    private static List<ParseResult> refusals;

    /**
     * A reader whose extraction waits until it is given up on, so its time limit passes on any machine (a limit of a
     * nanosecond alone let a quick read win now and then, when the test thread was held up after starting it).
     */
    static FormFileReader stalledReader() {
        return new FormFileReader(new FormReader(), Duration.ofMillis(20), FormFixtures::waitUntilInterrupted);
    }

    private static void waitUntilInterrupted() {
        try {
            Thread.sleep(Duration.ofSeconds(30)); // without a time limit, the read ends here and the test fails
        } catch (InterruptedException e) {
            throw new IllegalStateException("given up on, as the test wants", e);
        }
    }

    /** One file for each way a file is refused or warned about as a whole (the issue-message tests need them all). */
    public static synchronized List<ParseResult> refusals() {
        if (refusals == null) {
            List<ParseResult> all = new ArrayList<>();
            all.add(stalledReader().read(seedDocx()));
            for (Supplier<byte[]> file : refusalFiles()) {
                all.add(new FormFileReader().read(file.get())); // one large file in memory at a time
            }
            refusals = List.copyOf(all);
        }
        return refusals;
    }

    private static List<Supplier<byte[]>> refusalFiles() {
        return List.of(
                () -> new byte[ImportLimits.MAX_FILE_BYTES + 1],
                () -> {
                    byte[] exe = new byte[64];
                    exe[0] = 'M';
                    exe[1] = 'Z';
                    return exe;
                },
                () -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                () -> "{\\rtf1 上海市财政支出项目绩效目标申报表}".getBytes(StandardCharsets.UTF_8),
                () -> FormFiles.zip(List.of(new Part("a.txt", "a"))),
                () -> FormFiles.zip(List.of(new Part(CONTENT_TYPES, "<Types/>"),
                        new Part("ppt/presentation.xml", "<p/>"))),
                () -> FormFiles.zip(List.of(new Part("mimetype", "application/vnd.oasis.opendocument.text"),
                        new Part("content.xml", "<office/>"))),
                () -> ole2("Foo"),
                () -> ole2("EncryptedPackage"),
                () -> FormFiles.docxOf("<w:p><w:r><w:t>unclosed</w:t></w:r>", ""),
                () -> {
                    byte[] spaces = new byte[60 * 1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    return FormFiles.zip(List.of(new Part(CONTENT_TYPES, "<Types/>"),
                            new Part("xl/workbook.xml", "<w/>"), new Part("xl/worksheets/sheet1.xml", spaces)));
                },
                () -> workbook(ImportLimits.MAX_SHEETS + 1, 1, 0),
                () -> workbook(1, ImportLimits.MAX_ROWS + 1, 0),
                () -> workbook(1, 40, 16_000),
                () -> pages(ImportLimits.MAX_PAGES + 1),
                () -> FormFiles.pdfOf(600, 800, "0 0 m 100 100 l S\n"),
                FormFixtures::macroWorkbook);
    }

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private static byte[] ole2(String entry) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), entry);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sheets × rows, each row one cell (and one at {@code farColumn} when it is not 0). */
    private static byte[] workbook(int sheets, int rows, int farColumn) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            for (int s = 0; s < sheets; s++) {
                Sheet sheet = workbook.createSheet();
                for (int r = 0; r < rows; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(r);
                    if (farColumn > 0) {
                        row.createCell(farColumn).setCellValue("x");
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pages(int count) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                document.addPage(new PDPage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-form .xlsm with a VBA project part, as Excel saves one. */
    static byte[] macroWorkbook() {
        List<Part> parts = new ArrayList<>();
        String form = String.join("\n", SeedLayout.seedText().lines().limit(52).toList());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx(form)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals(CONTENT_TYPES)) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                            .replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office"
                                    + ".vbaProject\"/><Default ")
                            .getBytes(StandardCharsets.UTF_8);
                }
                parts.add(new Part(entry.getName(), content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parts.add(new Part("xl/vbaProject.bin", "Sub AutoOpen(): Shell \"calc.exe\": End Sub"));
        return FormFiles.zip(parts);
    }

    /** A Word file of the given tab-separated forms, merged cells and glyph checkboxes as in {@link #seedDocx}. */
    public static byte[] docx(String text) {
        return FormFiles.docx(SeedLayout.layout(text), Checkboxes.GLYPH);
    }

    /** A workbook of the given tab-separated forms, one a sheet. */
    public static byte[] xlsx(String text) {
        return FormFiles.xlsx(SeedLayout.layout(text));
    }

    /** A PDF of the given tab-separated forms, with ■/□ checkboxes as in {@link #seedPdf}. */
    public static byte[] pdf(String text) {
        return FormFiles.pdf(SeedLayout.layout(text), cell -> SeedLayout.glyphs(cell, "■", "□"));
    }

    /** A zip archive of the named files, in order (a name ending in / is a folder entry). */
    public static byte[] zip(Map<String, byte[]> files) {
        return FormFiles.zip(files.entrySet().stream().map(file -> new Part(file.getKey(), file.getValue())).toList());
    }

    /**
     * A zip of one entry of {@code bytes} zeros, written as it is compressed (a few hundred kilobytes for a
     * gigabyte): a zip bomb.
     */
    public static byte[] zipOfZeros(String entry, long bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < bytes; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, bytes - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
