package org.perfgoals.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.perfgoals.audit.domain.AuditFilter;
import org.perfgoals.audit.domain.AuditType;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, newest first (ADMIN only): a page of entries and how many match. Days are the application
 * clock's days; {@code to} includes its whole day.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditQueries {

    /** Beyond any entry: the search binds a date, never a null. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final AuditLogEntryRepository entries;
    private final Clock clock;

    AuditQueries(AuditLogEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Nothing but the check: the REST API calls it before it reads the parameters. */
    public void authorize() {
        // The @PreAuthorize of the class is the whole check.
    }

    public List<AuditRecord> list(AuditFilter filter, int page, int size) {
        return entries.search(types(filter), actor(filter), from(filter), until(filter), filter.subjectPattern(),
                PageRequest.of(page, size)).stream().map(AuditLogEntry::toRecord).toList();
    }

    public long count(AuditFilter filter) {
        return entries.countMatching(types(filter), actor(filter), from(filter), until(filter),
                filter.subjectPattern());
    }

    private static Set<AuditType> types(AuditFilter filter) {
        return filter.type() == null ? EnumSet.allOf(AuditType.class) : EnumSet.of(filter.type());
    }

    private static String actor(AuditFilter filter) {
        return filter.actor() == null ? "" : filter.actor();
    }

    private Instant from(AuditFilter filter) {
        return filter.from() == null ? Instant.EPOCH : startOf(filter.from());
    }

    private Instant until(AuditFilter filter) {
        return filter.to() == null ? END_OF_TIME : startOf(filter.to().plusDays(1));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
