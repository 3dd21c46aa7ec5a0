package org.perfgoals.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters, at most {@link #MAX_BYTES} bytes (bcrypt
 * reads no further), not containing the user name (compared without case, for names of three characters or more:
 * {@code Staff2026!!} is as guessable as the name), and not one of the commonest passwords (the list
 * {@code common-passwords.txt} beside this class, compared without case). Plain Java, tested as a table.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    private static final int MIN_NAME_LENGTH = 3;
    private static final String COMMON = "common-passwords.txt";

    /** A rule a password broke; {@link #code()} names it in field errors and i18n keys. */
    public enum Rule {
        TOO_SHORT("tooShort"), TOO_LONG("tooLong"), CONTAINS_USERNAME("containsUsername"), COMMON("common");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the list shipped with the application. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    /** The rules {@code password} breaks for {@code username}, in the order above; empty when it is acceptable. */
    public List<Rule> check(String username, String password) {
        List<Rule> broken = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            broken.add(Rule.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            broken.add(Rule.TOO_LONG);
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        String folded = password.toLowerCase(Locale.ROOT);
        if (name.length() >= MIN_NAME_LENGTH && folded.contains(name)) {
            broken.add(Rule.CONTAINS_USERNAME);
        }
        if (common.contains(folded)) {
            broken.add(Rule.COMMON);
        }
        return List.copyOf(broken);
    }

    public boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static final class Holder {
        private static final PasswordPolicy STANDARD = new PasswordPolicy(read());

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
                if (in == null) {
                    throw new IllegalStateException("Resource missing: " + COMMON);
                }
                Set<String> passwords = new HashSet<>();
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String password = line.strip();
                    if (!password.isEmpty() && !password.startsWith("#")) {
                        passwords.add(password.toLowerCase(Locale.ROOT));
                    }
                }
                return passwords;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
