package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The demo profile's seed: every seed project holds Q1–Q3, and all of it is marked as demo data. */
class DemoMarkingTest extends UseCaseTest {

    @Autowired
    private DemoMarking demo;
    @Autowired
    private QuarterEntryService entry;

    @Test
    void everySeedProjectHoldsData() {
        loginAs("admin");

        assertThat(SeedProjects.ALL).allSatisfy(name -> assertThat(demo.hasData(project(name))).isTrue());
    }

    @Test
    void theSeedMarksEveryReportAndValueItStoredAsDemoData() {
        loginAs("admin");
        for (int quarter = 1; quarter <= 3; quarter++) {
            PeriodSheet sheet = entry.sheet(hotline(), Period.quarter(2019, quarter));
            assertThat(sheet.report().demo()).as("Q%d", quarter).isTrue();
            assertThat(sheet.report().updatedBy()).isEqualTo("system");
        }
        assertThat(entry.sheet(hotline(), Period.quarter(2019, 4)).report().demo()).as("nothing stored").isFalse();
    }

    @Test
    void onlyAnAdminMarksDemoData() {
        loginAs("manager");

        assertThatThrownBy(() -> demo.markDemo(hotline())).isInstanceOf(AccessDeniedException.class);
    }
}
