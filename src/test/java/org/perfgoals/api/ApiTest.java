package org.perfgoals.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests over real HTTP: the whole application on a random port with the demo users and data, and an
 * {@link ApiClient} for it. Every class starts from the database as start-up leaves it
 * ({@link org.perfgoals.DatabaseReset}); one that needs properties of its own adds {@code @TestPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    protected ApiClient api() {
        return new ApiClient(port);
    }
}
