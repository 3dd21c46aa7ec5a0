package org.perfgoals.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.dashboard.OverviewFactsRepository.Mark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the overview's per-project rows (Flyway V12) up to date with the source tables, so that an overview reads
 * one narrow row per project and month instead of aggregating every value and spending row of the year
 * (docs/decisions/0023-overview-facts.md).
 *
 * <ul>
 *   <li>Every {@link DataChangedEvent} marks what it changed, in the transaction of the change itself (this listener
 *       runs when the event is published, not after the commit): the mark commits or rolls back with the change,
 *       so no committed change goes unmarked, whichever node made it or dies afterwards.</li>
 *   <li>Before an overview is computed, {@link #bringUpToDate} recomputes the rows of the marked projects from the
 *       source tables, then deletes exactly the marks it read. It holds a row lock ({@code node_lock}
 *       'overview-facts') meanwhile, so two nodes never interleave; a mark committed after the marks were read stays
 *       for the next time. The marks are read before the source rows, so the rows recomputed include every change
 *       whose mark was read.</li>
 * </ul>
 */
@Service
@Transactional
public class OverviewFacts {

    private static final Logger LOG = LoggerFactory.getLogger(OverviewFacts.class);

    private final OverviewFactsRepository rows;
    private final TransactionTemplate transactions;
    /** One refresh per node at a time, waited for outside any transaction (no pooled connection held). */
    private final ReentrantLock local = new ReentrantLock();

    OverviewFacts(OverviewFactsRepository rows, PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /** Marks what the change touched, in the change's own transaction. */
    @EventListener
    void changed(DataChangedEvent event) {
        // WORKFLOW marks nothing: alerts are counted from their own table on every computation.
        if (event.scope() == DataChangedEvent.Scope.EVERYTHING) {
            rows.markEverything();
        } else if (event.scope() == DataChangedEvent.Scope.PROJECTS) {
            rows.mark(event.projects());
        }
    }

    /**
     * Recomputes the rows of every project marked since the last time (all rows when everything was marked).
     * Called before an overview is computed; cheap when nothing is marked (one indexed read).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void bringUpToDate() {
        if (!rows.anyMarked()) {
            return;
        }
        local.lock();
        try {
            transactions.executeWithoutResult(status -> refresh());
        } finally {
            local.unlock();
        }
    }

    private void refresh() {
        rows.lock();
        List<Mark> marks = rows.marks();
        if (marks.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<Long> markIds = new ArrayList<>(marks.size());
        Set<Long> projects = new LinkedHashSet<>();
        boolean everything = false;
        for (Mark mark : marks) {
            markIds.add(mark.id());
            if (mark.project() == null) {
                everything = true;
            } else {
                projects.add(mark.project());
            }
        }
        if (everything) {
            rows.forgetAll();
            List<Long> all = rows.allProjects();
            for (int from = 0; from < all.size(); from += OverviewFactsRepository.CHUNK) {
                int last = Math.min(all.size(), from + OverviewFactsRepository.CHUNK) - 1;
                rows.insertRange(all.get(from), all.get(last));
            }
            LOG.info("Recomputed the overview rows of all {} projects in {} ms", all.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            List<Long> changed = new ArrayList<>(projects);
            for (int from = 0; from < changed.size(); from += OverviewFactsRepository.MARKED_CHUNK) {
                rows.recompute(changed.subList(from,
                        Math.min(changed.size(), from + OverviewFactsRepository.MARKED_CHUNK)));
            }
            LOG.debug("Recomputed the overview rows of {} projects in {} ms", changed.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        rows.unmark(markIds);
    }
}
