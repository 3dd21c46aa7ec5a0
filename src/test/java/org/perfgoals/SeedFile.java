package org.perfgoals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The seed's form {@code number} (from 1) alone: 1 is the hotline of the demo users' unit
     * (上海市人力资源和社会保障局咨询服务中心), 2 the teachers' training of 上海市就业促进中心, and so on.
     */
    public static String form(int number) {
        List<String> forms = Arrays.stream(text().split("(?m)^(?=上海市财政支出项目绩效目标申报表\\s*$)"))
                .filter(part -> part.contains("申报单位")).toList();
        return forms.get(number - 1);
    }
}
