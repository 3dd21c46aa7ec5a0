package org.perfgoals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed's five 2019 forms as the application ships them, for tests that import them again or altered. */
public final class SeedFile {

    private SeedFile() {
    }

    public static String text() {
        try (InputStream in = SeedFile.class.getResourceAsStream("/seed/000_9a3baee883589cca.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The five forms declared for another year: new projects, not duplicates. */
    public static byte[] forYear(int year) {
        return text().replace("2019", String.valueOf(year)).getBytes(StandardCharsets.UTF_8);
    }
}
