package org.perfgoals.backup.copy;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar perfgoals.jar copy-database --from-url=… --to-url=…}: copies an installation's database into a new,
 * empty one (see {@link DatabaseCopy}) and prints every table with its row counts. Options {@code --from-user},
 * {@code --to-user}; the passwords from {@code --from-password} / {@code --to-password} or the environment
 * ({@code PERFGOALS_COPY_FROM_PASSWORD}, {@code PERFGOALS_COPY_TO_PASSWORD}), so that they need not be on the command
 * line. Exit code 0 when every count matches, 1 when the copy was refused or failed (nothing is left in the target),
 * 2 for a wrong command line.
 */
public final class CopyDatabaseCommand {

    public static final String NAME = "copy-database";

    private CopyDatabaseCommand() {
    }

    /** Runs the command; returns the exit code. Its output is the command's answer, so it goes to stdout. */
    public static int run(List<String> args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                out.println("unknown argument: " + arg);
                return usage(out);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        if (!options.containsKey("from-url") || !options.containsKey("to-url")) {
            return usage(out);
        }
        Database from = new Database(options.get("from-url"), options.getOrDefault("from-user", "sa"),
                password(options, "from-password", "PERFGOALS_COPY_FROM_PASSWORD"));
        Database to = new Database(options.get("to-url"), options.getOrDefault("to-user", "perfgoals"),
                password(options, "to-password", "PERFGOALS_COPY_TO_PASSWORD"));
        try {
            List<TableCount> counts = DatabaseCopy.copy(from, to);
            counts.forEach(count -> out.printf("%-32s %10d -> %10d%n", count.table(), count.source(), count.target()));
            out.printf("copied %d tables, %d rows; every count matches%n", counts.size(),
                    counts.stream().mapToLong(TableCount::target).sum());
            return 0;
        } catch (CopyRefusedException refused) {
            out.println("refused: " + refused.getMessage());
            return 1;
        } catch (java.sql.SQLException | RuntimeException failed) {
            out.println("failed, nothing copied: " + failed.getMessage());
            return 1;
        }
    }

    private static String password(Map<String, String> options, String option, String variable) {
        String given = options.get(option);
        if (given != null) {
            return given;
        }
        String environment = System.getenv(variable);
        return environment == null ? "" : environment;
    }

    private static int usage(PrintStream out) {
        out.println("usage: java -jar perfgoals.jar " + NAME + " --from-url=JDBC_URL [--from-user=sa]"
                + " --to-url=JDBC_URL [--to-user=perfgoals]  (passwords: --from-password, --to-password or"
                + " PERFGOALS_COPY_FROM_PASSWORD, PERFGOALS_COPY_TO_PASSWORD)");
        return 2;
    }
}
