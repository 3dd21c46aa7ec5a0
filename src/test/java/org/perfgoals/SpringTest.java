package org.perfgoals;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests of services, the export and the views: the whole application without a server, with the demo
 * users and data. Every class starts from the database as start-up leaves it ({@link DatabaseReset}). A class that
 * needs properties of its own adds {@code @TestPropertySource} (and so gets a context of its own).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
public abstract class SpringTest {
}
