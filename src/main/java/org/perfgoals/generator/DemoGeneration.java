package org.perfgoals.generator;

import org.perfgoals.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, {@code perfgoals.demo.generate-projects=N} adds N generated projects after the seed import
 * (unless the database already holds at least N + 5), for trying the overview at scale.
 */
@Component
@Profile("demo")
class DemoGeneration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGeneration.class);

    private final DemoGenerator generator;
    private final int projects;
    private final int year;

    DemoGeneration(DemoGenerator generator, @Value("${perfgoals.demo.generate-projects:0}") int projects,
                   @Value("${perfgoals.demo.generate-year:2019}") int year) {
        this.generator = generator;
        this.projects = projects;
        this.year = year;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public void generateDemoProjects() {
        if (projects <= 0) {
            return;
        }
        SystemAuthentication.run(() -> {
            int existing = generator.projectCount();
            if (existing >= projects + 5) {
                return;
            }
            GeneratedData data = generator.generate(projects, year, 42L);
            LOG.info("perfgoals.demo.generate-projects={}: {} projects generated in {} ms", projects,
                    data.projects(), data.millis());
        });
    }
}
