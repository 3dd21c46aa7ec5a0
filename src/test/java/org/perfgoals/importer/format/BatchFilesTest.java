package org.perfgoals.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.importer.domain.BatchFile;
import org.perfgoals.importer.domain.BatchLimits;
import org.perfgoals.importer.domain.BatchRefusal;

/** What a batch's uploads hold once zips are unpacked, and what is refused before any form is read. */
class BatchFilesTest {

    private static final byte[] TEXT = "上海市财政支出项目绩效目标申报表".getBytes(StandardCharsets.UTF_8);
    private static final BatchLimits SMALL = new BatchLimits(1024, 3, 2048);

    private static BatchFile file(String name, byte[] content) {
        return new BatchFile(name, content);
    }

    private static byte[] zip(Object... namesAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put((String) namesAndContents[i], (byte[]) namesAndContents[i + 1]);
        }
        return FormFixtures.zip(files);
    }

    private static List<String> names(List<BatchFile> files) {
        return files.stream().map(BatchFile::name).toList();
    }

    @Test
    void a_zip_is_unpacked_one_level_its_folders_walked_and_system_files_left_out() {
        byte[] zip = zip("申报表/", new byte[0], "申报表/一.txt", TEXT, "申报表/二/二.txt", TEXT,
                "__MACOSX/申报表/._一.txt", TEXT, "申报表/.DS_Store", TEXT, "Thumbs.db", TEXT, "~$表.docx", TEXT);
        List<BatchFile> files = BatchFiles.expand(List.of(file("a.txt", TEXT), file("forms.zip", zip)),
                BatchLimits.DEFAULT);
        assertThat(names(files)).containsExactly("a.txt", "forms.zip/申报表/一.txt", "forms.zip/申报表/二/二.txt");
        assertThat(files.get(1).content()).isEqualTo(TEXT);
    }

    @Test
    void word_and_excel_files_are_zips_too_but_stay_one_file() {
        byte[] docx = FormFixtures.seedDocx();
        assertThat(names(BatchFiles.expand(List.of(file("申报表.docx", docx)), BatchLimits.DEFAULT)))
                .containsExactly("申报表.docx");
        assertThat(names(BatchFiles.expand(List.of(file("z.zip", zip("in/申报表.docx", docx))),
                BatchLimits.DEFAULT))).containsExactly("z.zip/in/申报表.docx");
    }

    @Test
    void names_written_by_chinese_windows_are_read_as_gb18030() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, Charset.forName("GB18030"))) {
            zip.putNextEntry(new ZipEntry("绩效目标申报表.txt"));
            zip.write(TEXT);
            zip.closeEntry();
        }
        assertThat(names(BatchFiles.expand(List.of(file("gbk.zip", out.toByteArray())), BatchLimits.DEFAULT)))
                .containsExactly("gbk.zip/绩效目标申报表.txt");
    }

    /** Each refusal names the file; what is too large answers 413 over REST, the rest 400. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                     | code          | file named                | too large
            a file over the file limit | fileTooLarge  | big.txt                   | true
            an entry over it           | fileTooLarge  | z.zip/in/big.txt          | true
            a zip past the total       | batchTooLarge | z.zip/c.txt               | true
            a fourth file              | tooManyFiles  | z.zip/d.txt               | true
            a zip inside the zip       | nestedZip     | z.zip/inner.zip           | false
            a damaged zip              | unreadableZip | z.zip                     | false
            a zip of folders only      | emptyZip      | z.zip                     | false
            """)
    void refusals_name_the_file(String kind, String code, String named, boolean tooLarge) {
        byte[] kb = new byte[1000];
        List<BatchFile> uploads = switch (kind) {
            case "a file over the file limit" -> List.of(file("a.txt", TEXT), file("big.txt", new byte[1025]));
            case "an entry over it" -> List.of(file("z.zip", zip("in/big.txt", new byte[2000])));
            case "a zip past the total" -> List.of(file("z.zip", zip("a.txt", kb, "b.txt", kb, "c.txt", kb)));
            case "a fourth file" -> List.of(file("z.zip", zip("a.txt", TEXT, "b.txt", TEXT, "c.txt", TEXT,
                    "d.txt", TEXT)));
            case "a zip inside the zip" -> List.of(file("z.zip", zip("a.txt", TEXT, "inner.zip", zip("b.txt", TEXT))));
            case "a damaged zip" -> {
                byte[] zip = zip("a.txt", kb, "b.txt", kb);
                byte[] cut = new byte[zip.length - 200];
                System.arraycopy(zip, 0, cut, 0, 40);
                System.arraycopy(zip, 240, cut, 40, cut.length - 40);
                yield List.of(file("z.zip", cut));
            }
            default -> List.of(file("z.zip", zip("a/", new byte[0], "a/b/", new byte[0])));
        };
        assertThatThrownBy(() -> BatchFiles.expand(uploads, SMALL)).isInstanceOfSatisfying(BatchRefusal.class,
                refusal -> {
                    assertThat(refusal.code()).isEqualTo(code);
                    assertThat(refusal.file()).isEqualTo(named);
                    assertThat(refusal.messageArgs().getFirst()).isEqualTo(named);
                    assertThat(refusal.tooLarge()).isEqualTo(tooLarge);
                });
    }

    @Test
    void a_zip_bomb_is_stopped_while_inflating_at_the_file_limit() {
        // 1 GB of zeros in about a megabyte: refused after 10 MB inflated, not after a gigabyte.
        byte[] bomb = FormFixtures.zipOfZeros("zeros.txt", 1024L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        long before = System.nanoTime();
        assertThatThrownBy(() -> BatchFiles.expand(List.of(file("bomb.zip", bomb)), BatchLimits.DEFAULT))
                .isInstanceOfSatisfying(BatchRefusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("fileTooLarge");
                    assertThat(refusal.file()).isEqualTo("bomb.zip/zeros.txt");
                    assertThat(refusal.messageArgs()).containsExactly("bomb.zip/zeros.txt", "10");
                });
        assertThat(System.nanoTime() - before).as("nowhere near inflating a gigabyte").isLessThan(5_000_000_000L);
    }

    @Test
    void no_upload_at_all_is_refused() {
        assertThatThrownBy(() -> BatchFiles.expand(List.of(), BatchLimits.DEFAULT))
                .isInstanceOfSatisfying(BatchRefusal.class, refusal -> assertThat(refusal.code()).isEqualTo("noFile"));
    }
}
