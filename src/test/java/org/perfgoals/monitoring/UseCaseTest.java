package org.perfgoals.monitoring;

import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the tests of monitoring's use-case services: signed in as a demo role ({@link SignedInTest}), with the seed
 * projects named through {@link SeedProjects}.
 */
abstract class UseCaseTest extends SignedInTest {

    @Autowired
    protected ProjectService projects;

    protected long hotline() {
        return SystemAuthentication.call(() -> SeedProjects.hotline(projects));
    }

    protected long project(String query) {
        return SystemAuthentication.call(() -> SeedProjects.id(projects, query));
    }
}
