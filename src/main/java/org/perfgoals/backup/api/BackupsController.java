package org.perfgoals.backup.api;

import java.util.List;
import org.perfgoals.backup.BackupRecord;
import org.perfgoals.backup.DatabaseBackups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/backups} writes an online backup now; {@code GET} lists those kept. ADMIN only. */
@RestController
@RequestMapping("/api/v1/admin/backups")
class BackupsController {

    private final DatabaseBackups backups;

    BackupsController(DatabaseBackups backups) {
        this.backups = backups;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BackupRecord backUp() {
        backups.authorize();
        return backups.backUp();
    }

    @GetMapping
    List<BackupRecord> list() {
        return backups.list();
    }
}
