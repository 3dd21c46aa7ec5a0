package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/admin/backups} over HTTP: for admins only (decided first), and a clear 409 on a database that H2's
 * online backup cannot serve (these tests run on an in-memory database; {@code DatabaseBackupsTest} backs up a file).
 */
class BackupsApiTest extends ApiTest {

    @Test
    void otherRolesAreRefused() throws Exception {
        for (String user : new String[] {"leader", "manager", "staff"}) {
            assertThat(api().call("POST", "/api/v1/admin/backups", user, null).statusCode()).as(user).isEqualTo(403);
            assertThat(api().call("GET", "/api/v1/admin/backups", user, null).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(api().anonymous("POST", "/api/v1/admin/backups", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBackupOfADatabaseOtherThanAnH2FileIsA409NamingIt() throws Exception {
        HttpResponse<String> refused = api().call("POST", "/api/v1/admin/backups", "admin", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"type\":\"https://perfgoals.org/problems/backup-not-supported\"")
                .contains(org.perfgoals.PostgresTestDatabase.serverUrl() == null ? "H2 in memory" : "PostgreSQL");
    }
}
