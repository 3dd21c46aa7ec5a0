package org.perfgoals.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.perfgoals.audit.domain.AuditType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The audit log's table, append-only: a plain {@link Repository} that declares saving and searching, and nothing
 * that updates or deletes (no {@code CrudRepository}, no {@code JpaSpecificationExecutor}, whose
 * {@code delete(Specification)} would be one). The search binds no nulls: "any" is every type, an empty actor, the
 * widest period and the pattern {@code %}, so the same query runs on H2 and PostgreSQL.
 */
interface AuditLogEntryRepository extends Repository<AuditLogEntry, Long> {

    AuditLogEntry save(AuditLogEntry entry);

    long count();

    @Query("""
            select e from AuditLogEntry e
            where e.type in :types and (:actor = '' or e.actor = :actor) and e.at >= :from and e.at < :until
              and lower(e.subject) like :subject escape '\\'
            order by e.at desc, e.id desc""")
    List<AuditLogEntry> search(Collection<AuditType> types, String actor, Instant from, Instant until,
                               String subject, Pageable page);

    @Query("""
            select count(e) from AuditLogEntry e
            where e.type in :types and (:actor = '' or e.actor = :actor) and e.at >= :from and e.at < :until
              and lower(e.subject) like :subject escape '\\'""")
    long countMatching(Collection<AuditType> types, String actor, Instant from, Instant until, String subject);
}
