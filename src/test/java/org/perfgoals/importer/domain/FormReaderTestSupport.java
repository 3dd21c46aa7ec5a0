package org.perfgoals.importer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared reading helpers of the importer tests. */
final class FormReaderTestSupport {

    static final String SEED = "/seed/000_9a3baee883589cca.txt";

    private FormReaderTestSupport() {
    }

    static String seedText() {
        return new String(seedBytes(), StandardCharsets.UTF_8);
    }

    static byte[] seedBytes() {
        try (InputStream in = FormReaderTestSupport.class.getResourceAsStream(SEED)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult read(String text) {
        return new FormReader().read(text);
    }

    static FormData single(String text) {
        ParseResult result = read(text);
        if (result.forms().size() != 1) {
            throw new AssertionError("expected one form, got " + result.forms().size() + ": " + result.issues());
        }
        return result.forms().getFirst();
    }

    static List<String> codes(ParseResult result) {
        return result.issues().stream().map(ImportIssue::code).toList();
    }

    static List<ImportIssue> issues(ParseResult result, String code) {
        return result.issues().stream().filter(issue -> issue.code().equals(code)).toList();
    }

    static List<String> names(FormData form) {
        return form.indicators().stream().map(IndicatorData::name).toList();
    }

    /** A file of {@code count} forms that are titles only: cheap, to count forms. */
    static String titles(int count) {
        return "上海市财政支出项目绩效目标申报表\n(2019年)\n".repeat(count);
    }
}
