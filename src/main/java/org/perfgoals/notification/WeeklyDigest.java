package org.perfgoals.notification;

import java.util.List;

/**
 * What the leaders' weekly digest says, kept with the notification (as JSON in {@code args}): the counts, and the
 * first projects and units of each list with what their links need.
 */
record WeeklyDigest(int redCount, List<Item> red, int overdueCount, List<String> overdueUnits, int behindCount,
                    List<Item> behind) {

    record Item(long projectId, String projectName, String unit) {
    }

    static WeeklyDigest read(String json) {
        return NotificationScan.JSON.readValue(json, WeeklyDigest.class);
    }
}
