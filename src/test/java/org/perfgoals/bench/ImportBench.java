package org.perfgoals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.perfgoals.SpringTest;
import org.perfgoals.SeedFile;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.ImportService;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Importing and then replacing many forms at once: run with
 * {@code ./mvnw -B -Pbench verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBench}
 * (not part of the normal tests). For each size (default 100 and 1,000 forms, {@code -Dbench.import.sizes=100,300}
 * to change) builds one file of the seed's five forms repeated under distinct names, imports it, then imports the
 * same file again with replace, and prints one {@code BENCH import…} line with both times per size. A replace that
 * grows with the square of the file shows as replace_ms rising ten times faster than import_ms from 100 to 1,000.
 * Only the outcome is asserted, never the timing.
 */
@TestPropertySource(properties = "logging.level.org.perfgoals=warn")
class ImportBench extends SpringTest {

    @Autowired
    private ImportService importer;

    @Test
    void import_then_replace_at_two_sizes() {
        List<String> figures = new ArrayList<>();
        int year = 2030;
        for (int size : sizes()) {
            byte[] file = forms(size, year++);
            long start = System.nanoTime();
            ImportResult imported = SystemAuthentication.call(() -> importer.importFile(file, false));
            long importMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            ImportResult replaced = SystemAuthentication.call(() -> importer.importFile(file, true));
            long replaceMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(imported.errors()).isEmpty();
            assertThat(imported.projects()).hasSize(size);
            assertThat(replaced.projects()).hasSize(size);
            assertThat(replaced.duplicates()).hasSize(size);
            figures.add(String.format(Locale.ROOT, "n%d_import_ms=%d n%d_replace_ms=%d", size, importMs, size,
                    replaceMs));
        }
        System.out.println("BENCH import " + String.join(" ", figures));
        System.out.flush();
    }

    private static int[] sizes() {
        return Arrays.stream(System.getProperty("bench.import.sizes", "100,1000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
    }

    /** {@code size} forms (a multiple of the seed's five): the seed's, each copy's project names made distinct. */
    static byte[] forms(int size, int year) {
        String seed = SeedFile.text().replace("2019", String.valueOf(year));
        StringBuilder file = new StringBuilder();
        for (int copy = 0; copy * 5 < size; copy++) {
            file.append(seed.replace("\n项目名称\t", "\n项目名称\t批量" + copy + "-")).append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }
}
