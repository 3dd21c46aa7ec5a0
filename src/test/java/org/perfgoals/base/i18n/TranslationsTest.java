package org.perfgoals.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Full-width punctuation, which the English UI must not show: it comes only from the Chinese bundle. */
    private static final Pattern FULL_WIDTH_PUNCTUATION = Pattern.compile("[，。：；（）、“”！？]");

    @Test
    void english_messages_use_english_punctuation() throws IOException {
        Properties english = load("translations_en.properties");
        assertThat(english.stringPropertyNames()).allSatisfy(key ->
                assertThat(FULL_WIDTH_PUNCTUATION.matcher(english.getProperty(key)).find())
                        .as("full-width punctuation in the English " + key).isFalse());
    }

    @Test
    void views_take_their_punctuation_from_the_bundles() throws IOException {
        assertThat(punctuatedLiterals("label.setText(a + \"：\" + b); // 说明：注释不算")).as("the scan itself")
                .containsExactly("\"：\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().contains("/ui/") && path.toString().endsWith(".java"))
                    .toList()) {
                punctuatedLiterals(Files.readString(file)).forEach(text -> found.add(file.getFileName() + ": " + text));
            }
        }
        assertThat(found).as("string literals with Chinese punctuation in views (use base.ui.Texts)").isEmpty();
    }

    /** The string literals of Java source, comments left out, that hold full-width punctuation. */
    private static List<String> punctuatedLiterals(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        Matcher strings = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"").matcher(code);
        List<String> found = new ArrayList<>();
        while (strings.find()) {
            if (FULL_WIDTH_PUNCTUATION.matcher(strings.group()).find()) {
                found.add(strings.group());
            }
        }
        return found;
    }

    @Test
    void the_provider_speaks_chinese_by_default_and_english_on_request() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("format.labelled", Locale.CHINA, "未达标", "综合接通率"))
                .isEqualTo("未达标：综合接通率");
        assertThat(provider.getTranslation("format.labelled", Locale.US, "Missed", "综合接通率"))
                .isEqualTo("Missed: 综合接通率");
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
