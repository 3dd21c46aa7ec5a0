package org.perfgoals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.importer.format.FormFileReader;
import org.perfgoals.importer.format.FormFixtures;

/**
 * How many forms a second each format reads, on one core: run with
 * {@code ./mvnw -B -Pbench verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FormFormatsBench}
 * (not part of the normal tests). The seed's five forms, built once in each format, are read again and again on this
 * one thread (recognising the format, turning it into cells and reading the forms; nothing stored) for
 * {@code -Dbench.forms.seconds} seconds (default 5) after as long a warm-up, and one line
 * {@code BENCH forms_per_s txt=… html=… docx=… xlsx=… xls=… pdf=…} is printed. Only the outcome is asserted.
 */
class FormFormatsBench {

    @Test
    void forms_per_second_by_format() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("txt", FormFixtures.seedText());
        files.put("html", FormFixtures.seedHtml());
        files.put("docx", FormFixtures.seedDocx());
        files.put("xlsx", FormFixtures.seedXlsx());
        files.put("xls", FormFixtures.seedXls());
        files.put("pdf", FormFixtures.seedPdf());
        long millis = Long.getLong("bench.forms.seconds", 5) * 1000;
        FormFileReader reader = new FormFileReader();
        List<String> figures = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            run(reader, file.getValue(), millis);
            double perSecond = run(reader, file.getValue(), millis);
            figures.add(String.format(Locale.ROOT, "%s=%.0f", file.getKey(), perSecond));
        }
        System.out.println("BENCH forms_per_s " + String.join(" ", figures));
        System.out.flush();
    }

    /** Forms read per second over {@code millis}. */
    private static double run(FormFileReader reader, byte[] file, long millis) {
        long start = System.nanoTime();
        long end = start + millis * 1_000_000;
        long forms = 0;
        long now = start;
        while (now < end) {
            ParseResult result = reader.read(file);
            assertThat(result.errors()).isEmpty();
            forms += result.forms().size();
            now = System.nanoTime();
        }
        return forms / ((now - start) / 1e9);
    }
}
