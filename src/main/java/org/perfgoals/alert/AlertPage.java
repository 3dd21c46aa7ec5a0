package org.perfgoals.alert;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One keyset page of alerts, and the cursor of the next one (null on the last page). */
public record AlertPage(List<AlertRecord> alerts, @Nullable AlertCursor next) {

    public AlertPage {
        alerts = List.copyOf(alerts);
    }
}
