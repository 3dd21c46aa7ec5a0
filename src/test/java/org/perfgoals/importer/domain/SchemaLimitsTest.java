package org.perfgoals.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The importer's limits are the widths of the columns its values go to: read from the Flyway migrations, so a
 * migration that changes a column and a limit that is not changed with it (or the reverse) fail here.
 */
class SchemaLimitsTest {

    private static final Pattern CREATE = Pattern.compile("create table (\\w+)\\s*\\((.*?)\\n\\);",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD = Pattern.compile("alter table (\\w+) add column (\\w+) ([^;]+);",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(\\w+(?:\\s*\\([^)]*\\))?)");

    /** table.column → its declared type, e.g. {@code varchar(300)}, {@code numeric(18,2)}. */
    private static final Map<String, String> TYPES = new HashMap<>();

    @BeforeAll
    static void readMigrations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.sorted().toList()) {
                String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
                Matcher create = CREATE.matcher(sql);
                while (create.find()) {
                    for (String line : create.group(2).split("\\n")) {
                        Matcher column = COLUMN.matcher(line);
                        if (column.find()) {
                            put(create.group(1), column.group(1), column.group(2));
                        }
                    }
                }
                Matcher add = ADD.matcher(sql);
                while (add.find()) {
                    put(add.group(1), add.group(2), add.group(3));
                }
            }
        }
        assertThat(TYPES).as("the migrations were read").containsKey("project.name");
    }

    private static void put(String table, String column, String type) {
        TYPES.put((table + "." + column).toLowerCase(Locale.ROOT),
                type.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).replaceAll("notnull.*|null.*", ""));
    }

    private static String type(String table, String column) {
        return TYPES.get(table + "." + column);
    }

    private static int width(String table, String column) {
        Matcher varchar = Pattern.compile("varchar\\((\\d+)\\)").matcher(type(table, column));
        assertThat(varchar.find()).as("%s.%s is a varchar", table, column).isTrue();
        return Integer.parseInt(varchar.group(1));
    }

    @Test
    void every_text_limit_is_the_width_of_its_column() {
        for (TextLimit limit : TextLimit.values()) {
            assertThat(width(limit.table(), limit.column())).as("%s → %s.%s", limit, limit.table(), limit.column())
                    .isEqualTo(limit.maxLength());
        }
    }

    @Test
    void every_number_limit_is_the_precision_and_scale_of_its_column() {
        for (NumberLimit limit : NumberLimit.values()) {
            assertThat(type(limit.table(), limit.column())).as("%s → %s.%s", limit, limit.table(), limit.column())
                    .isEqualTo("numeric(" + limit.precision() + "," + limit.scale() + ")");
        }
    }

    @Test
    void every_text_column_the_import_fills_from_a_form_has_a_limit() {
        Map<String, String> checked = new HashMap<>();
        for (TextLimit limit : TextLimit.values()) {
            checked.put(limit.table() + "." + limit.column(), limit.name());
        }
        // The columns of the tables a form is stored in, less those the import does not fill from the form's text.
        assertThat(TYPES.entrySet().stream()
                .filter(entry -> entry.getKey().matches("(project|budget_item|indicator|indicator_target_part)\\..*"))
                .filter(entry -> entry.getValue().startsWith("varchar"))
                .map(Map.Entry::getKey)
                .filter(column -> !column.matches(".*\\.(imported_by|weight_scheme|weights_changed_by|target_kind"
                        + "|comparator|accumulation)")))
                .allSatisfy(column -> assertThat(checked).as(column).containsKey(column));
    }

    @Test
    void the_columns_that_copy_imported_texts_are_at_least_as_wide() {
        assertThat(width("alert", "project_name")).isGreaterThanOrEqualTo(TextLimit.NAME.maxLength());
        assertThat(width("alert", "department")).isGreaterThanOrEqualTo(TextLimit.UNIT.maxLength());
        assertThat(width("alert", "subject_name")).isGreaterThanOrEqualTo(
                Math.max(TextLimit.INDICATOR_NAME.maxLength(), TextLimit.BUDGET_ITEM_NAME.maxLength()));
        assertThat(width("alert", "target_text")).isGreaterThanOrEqualTo(TextLimit.TARGET_TEXT.maxLength());
        assertThat(width("project_level1_weight", "level1")).isGreaterThanOrEqualTo(TextLimit.LEVEL1.maxLength());
        // A stored warning keeps its args in one column: each is quoted, so even five fit.
        assertThat(width("import_warning", "args")).isGreaterThan(5 * (ImportLimits.QUOTED_CHARS + 2));
    }
}
