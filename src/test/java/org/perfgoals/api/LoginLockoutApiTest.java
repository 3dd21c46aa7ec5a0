package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Guessing passwords over HTTP locks the name; other users go on. A context of its own: it locks a demo user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "perfgoals.security.max-failed-logins=3")
@ActiveProfiles({"demo", "test"})
class LoginLockoutApiTest {

    @LocalServerPort
    private int port;

    private int get(String user, String password) throws Exception {
        return new ApiClient(port).send("GET", "/api/v1/projects", user, password, "application/json", null)
                .statusCode();
    }

    @Test
    void three_wrong_passwords_lock_the_name_even_for_the_right_one() throws Exception {
        assertThat(get("leader", "demo")).isEqualTo(200);
        assertThat(get("leader", "guess1")).isEqualTo(401);
        assertThat(get("leader", "guess2")).isEqualTo(401);
        assertThat(get("leader", "demo")).as("a success in between clears the count").isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(get("leader", "guess" + i)).isEqualTo(401);
        }
        assertThat(get("leader", "demo")).as("locked").isEqualTo(401);
        assertThat(get("manager", "demo")).as("other users go on").isEqualTo(200);
    }
}
