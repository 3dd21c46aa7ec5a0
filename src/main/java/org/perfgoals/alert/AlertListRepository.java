package org.perfgoals.alert;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.ReadScope;

/** The alert centre's list queries, bounded by {@code perfgoals.alerts.query-timeout} (AlertRepository's fragment). */
public interface AlertListRepository {

    /**
     * The ids of one window of the alerts that match, in the list's order (updatedAt, then id): {@code offset}
     * alerts skipped, or those after {@code after}. Read from the indexes of V11 alone, no alert row.
     */
    List<Long> findIds(AlertFilter filter, ReadScope scope, boolean newestFirst, @Nullable AlertCursor after,
                       long offset, int limit);

    long countMatching(AlertFilter filter, ReadScope scope);
}
