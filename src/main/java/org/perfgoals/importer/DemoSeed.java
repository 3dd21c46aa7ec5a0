package org.perfgoals.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In the demo profile, an empty database receives the five seed forms on start-up. */
@Component
@Profile("demo")
class DemoSeed {

    static final String SEED = "/seed/000_9a3baee883589cca.txt";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);

    private final ImportService importer;
    private final ProjectService projects;

    DemoSeed(ImportService importer, ProjectService projects) {
        this.importer = importer;
        this.projects = projects;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void importSeedIntoEmptyDatabase() {
        // The services are for signed-in users: the start-up itself acts as the system administrator.
        SystemAuthentication.run(() -> {
            if (projects.count(ProjectFilter.ALL) > 0) {
                return;
            }
            long started = System.nanoTime();
            ImportResult result = importer.importFile(readSeed(), false);
            LOG.info("Imported the seed: {} projects, {} warnings, {} errors in {} ms", result.projects().size(),
                    result.warnings().size(), result.errors().size(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    static byte[] readSeed() {
        try (InputStream in = DemoSeed.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("Seed resource missing: " + SEED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
