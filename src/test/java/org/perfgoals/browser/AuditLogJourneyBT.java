package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perfgoals.audit.AuditQueries;
import org.perfgoals.audit.AuditRecord;
import org.perfgoals.audit.domain.AuditFilter;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A wrong password and then a login through the real login form are each one entry of the audit log, with the
 * browser's address; the admin reads them on the audit page.
 */
class AuditLogJourneyBT extends BrowserTest {

    @Autowired
    private AuditQueries audit;

    private List<AuditRecord> entries(AuditType type) {
        return SystemAuthentication.call(() -> audit.list(new AuditFilter(type, null, null, null, "admin"), 0, 50));
    }

    @Test
    void a_failed_and_a_good_form_login_are_recorded_once_each_and_shown_to_the_admin() throws Exception {
        submitLogin("admin", "not-the-password");
        wait.until(ExpectedConditions.urlContains("error"));

        login("admin");
        driver.get(url("/admin/audit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "登录失败"));
        screenshot("audit-log");

        List<AuditRecord> failed = entries(AuditType.LOGIN_FAILED);
        assertThat(failed).hasSize(1);
        assertThat(failed.getFirst().actor()).isEqualTo("anonymous");
        assertThat(failed.getFirst().address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        List<AuditRecord> logins = entries(AuditType.LOGIN);
        assertThat(logins).as("one login, although the form login also publishes its interactive event").hasSize(1);
        assertThat(logins.getFirst().actor()).isEqualTo("admin");
        assertThat(logins.getFirst().address()).isEqualTo(failed.getFirst().address());
    }
}
