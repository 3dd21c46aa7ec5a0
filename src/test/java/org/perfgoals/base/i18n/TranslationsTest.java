package org.perfgoals.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese first, English second: both bundles hold the same keys, and every key the code names exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:getTranslation\\(|title = |Translation\\(\\s*)\"([a-zA-Z][a-zA-Z0-9.]*[a-zA-Z0-9])\"");

    @Test
    void both_bundles_hold_the_same_keys() throws IOException {
        Set<String> chinese = load("translations.properties").stringPropertyNames();
        Set<String> english = load("translations_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).as("keys missing from the English bundle")
                .containsAll(new TreeSet<>(chinese));
        assertThat(new TreeSet<>(chinese)).as("keys missing from the Chinese bundle")
                .containsAll(new TreeSet<>(english));
    }

    @Test
    void no_message_is_empty() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    @Test
    void no_message_holds_a_lone_apostrophe_that_message_format_would_swallow() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).allSatisfy(key ->
                    assertThat(messages.getProperty(key).replace("''", "")).as(bundle + " " + key)
                            .doesNotContain("'"));
        }
    }

    @Test
    void every_key_named_in_the_code_is_in_both_bundles() throws IOException {
        Set<String> used = keysUsedIn(Path.of("src/main/java"));
        assertThat(used).as("the scan found the keys of the views").contains("app.title", "nav.projects");
        Set<String> chinese = load("translations.properties").stringPropertyNames();
        Set<String> english = load("translations_en.properties").stringPropertyNames();
        assertThat(chinese).as("Chinese bundle").containsAll(used);
        assertThat(english).as("English bundle").containsAll(used);
    }

    @Test
    void the_provider_speaks_chinese_by_default_and_english_on_request() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("app.title", Locale.SIMPLIFIED_CHINESE)).isEqualTo("绩效目标监控");
        assertThat(provider.getTranslation("app.title", Locale.GERMAN)).isEqualTo("绩效目标监控");
        assertThat(provider.getTranslation("app.title", Locale.US)).isEqualTo("PerfGoals");
        assertThat(provider.getTranslation("amount.yuan", Locale.CHINA, "1,000")).isEqualTo("1,000 元");
        assertThat(provider.getTranslation("no.such.key", Locale.CHINA)).isEqualTo("!no.such.key");
    }

    private static Set<String> keysUsedIn(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
