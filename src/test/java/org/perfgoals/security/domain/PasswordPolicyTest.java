package org.perfgoals.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # user   | password                  | rules broken (empty: accepted)
            staff    | correct horse battery     |
            staff    | Wq7!pZ2#kL                |
            staff    | short1!                   | TOO_SHORT
            staff    | 123456789                 | TOO_SHORT COMMON
            staff    | 1234567890                | COMMON
            staff    | woaini1314                | COMMON
            staff    | WoAiNi1314                | COMMON
            staff    | qq12345678                | COMMON
            staff    | 1qaz2wsx3edc              | COMMON
            staff    | password123               | COMMON
            staff    | 88888888                  | TOO_SHORT COMMON
            staff    | a123456789                | COMMON
            staff    | Staff-2026-spring         | CONTAINS_USERNAME
            manager  | my.MANAGER.pass           | CONTAINS_USERNAME
            staff    | staff                     | TOO_SHORT CONTAINS_USERNAME COMMON
            # names shorter than three letters would refuse half the dictionary
            li       | lily-of-the-valley        |
            """)
    void a_password_is_checked_against_every_rule(String username, String password, String broken) {
        List<PasswordPolicy.Rule> expected = broken == null ? List.of()
                : Arrays.stream(broken.split(" ")).map(PasswordPolicy.Rule::valueOf).toList();
        assertThat(policy.check(username, password)).isEqualTo(expected);
    }

    @Test
    void length_counts_characters_and_the_hash_limit_counts_bytes() {
        assertThat(policy.check("staff", "绩效目标监控管理系统密")).as("eleven Chinese characters").isEmpty();
        assertThat(policy.check("staff", "绩".repeat(25))).as("75 bytes: bcrypt would ignore the rest")
                .containsExactly(PasswordPolicy.Rule.TOO_LONG);
        assertThat(policy.check("staff", "x".repeat(72))).isEmpty();
    }

    @Test
    void the_list_holds_hundreds_of_the_commonest_passwords() {
        assertThat(policy.isCommon("123456")).isTrue();
        assertThat(policy.isCommon("iloveyou")).isTrue();
        assertThat(policy.isCommon("Wq7!pZ2#kL")).isFalse();
        assertThat(new PasswordPolicy(java.util.Set.of()).check("staff", "1234567890")).isEmpty();
    }
}
