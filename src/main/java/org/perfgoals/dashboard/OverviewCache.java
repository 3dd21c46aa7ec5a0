package org.perfgoals.dashboard;

import java.util.function.BiFunction;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.base.DataVersion;
import org.perfgoals.security.ReadScope;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The computed overviews, shared by all users of the same read scope, in the Spring cache {@value #NAME} (Caffeine,
 * bounded and expiring: {@code spring.cache.caffeine.spec} in application.yml). The key is the filter together with
 * the {@link ReadScope} it was computed for, so an overview of one set of units is never served to another. Every
 * {@link DataChangedEvent} empties it.
 *
 * <p>Why not {@code @Cacheable}: a computation that began before a change and ends after the eviction would put its
 * stale result back, and it would be served until the next change. Here a generation counter is read before the
 * computation starts and checked again before its result is stored; an eviction bumps the counter. The check and
 * the put, and the bump and the clear, each run under one lock, so no eviction can fall between a successful check
 * and its put: a result is stored only if no change was published since before its queries ran, and any result
 * stored before a change is removed by that change's clear. The lock guards only these two short steps, never the
 * computation; two callers missing the same filter at once both compute it (rare, and cheaper than a per-key lock).
 * The event arrives after the change was committed, so a computation that starts after the eviction reads it.
 *
 * <p>Several nodes: a change on another node reaches this one through the shared {@link DataVersion}. Each call
 * reads it first; when it differs from the version this cache was last filled at, everything is forgotten as on a
 * local event (docs/decisions/0021-several-nodes.md).
 */
@Component
class OverviewCache {

    static final String NAME = "overviews";

    private final Cache cache;
    private final DataVersion version;
    private final Object lock = new Object();
    /** Evictions so far; guarded by {@link #lock}. */
    private long generation;
    /** The shared data version the entries were computed at; guarded by {@link #lock}. */
    private long filledAt;

    OverviewCache(CacheManager caches, DataVersion version) {
        this.version = version;
        this.filledAt = version.current();
        this.cache = caches.getCache(NAME);
        if (cache == null) {
            throw new IllegalStateException("No cache " + NAME + ": see spring.cache.cache-names");
        }
    }

    /** What an overview is cached under: the filter and the units it was computed over. */
    record Key(OverviewFilter filter, ReadScope scope) {
    }

    /**
     * The cached overview of the filter in this scope, or the one {@code compute} returns, stored unless data
     * changed meanwhile.
     */
    Overview get(OverviewFilter filter, ReadScope scope, BiFunction<OverviewFilter, ReadScope, Overview> compute) {
        Key key = new Key(filter, scope);
        forgetIfChangedElsewhere();
        Overview cached = cache.get(key, Overview.class);
        if (cached != null) {
            return cached;
        }
        long seen;
        synchronized (lock) {
            seen = generation;
        }
        Overview computed = compute.apply(filter, scope);
        synchronized (lock) {
            if (generation == seen) {
                cache.put(key, computed);
            }
        }
        return computed;
    }

    /** Forgets every overview once stored figures changed (after their transaction committed). */
    @TransactionalEventListener(fallbackExecution = true)
    void dataChanged(DataChangedEvent event) {
        evictAll();
    }

    private void forgetIfChangedElsewhere() {
        long shared = version.current();
        synchronized (lock) {
            if (shared != filledAt) {
                generation++;
                cache.clear();
                filledAt = shared;
            }
        }
    }

    void evictAll() {
        synchronized (lock) {
            generation++;
            cache.clear();
        }
    }
}
