package org.perfgoals.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfgoals.security.ReadScope;
import org.springframework.cache.caffeine.CaffeineCacheManager;

/**
 * The cache's rules: a result computed across a data change is returned but never stored (concurrency), and an
 * overview is kept per read scope, so one unit's figures never answer another scope's call.
 */
class OverviewCacheTest {

    private static final OverviewFilter FILTER = new OverviewFilter(2019, 2, null, null);
    private static final ReadScope EVERYTHING = new ReadScope.Everything();

    /** The data version shared by the nodes, as the database would hold it. */
    private final AtomicLong shared = new AtomicLong(7);
    private final OverviewCache cache = new OverviewCache(manager(), shared::get);

    private static CaffeineCacheManager manager() {
        CaffeineCacheManager manager = new CaffeineCacheManager(OverviewCache.NAME);
        manager.setCaffeine(Caffeine.newBuilder().maximumSize(200));
        return manager;
    }

    private static Overview overview(String name) {
        return new Overview(FILTER, null, List.of(), Map.of(name, java.math.BigDecimal.ONE), Map.of());
    }

    @Test
    void a_change_during_a_slow_computation_never_leaves_the_stale_overview_in_the_cache() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        Overview stale = overview("before the change");
        CompletableFuture<Overview> slow = CompletableFuture.supplyAsync(() -> cache.get(FILTER, EVERYTHING,
                (filter, scope) -> {
                    computing.countDown();
                    await(changed);
                    return stale;
                }));
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        cache.evictAll();
        changed.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).as("the caller still gets what it computed").isSameAs(stale);

        Overview fresh = overview("after the change");
        assertThat(cache.get(FILTER, EVERYTHING, (filter, scope) -> fresh)).as("the stale result was not stored")
                .isSameAs(fresh);
    }

    @Test
    void a_change_on_another_node_makes_the_next_call_compute_again() {
        Overview before = cache.get(FILTER, EVERYTHING, (filter, scope) -> overview("before"));
        assertThat(cache.get(FILTER, EVERYTHING, (filter, scope) -> overview("unused"))).isSameAs(before);

        shared.incrementAndGet();
        Overview after = overview("after");
        assertThat(cache.get(FILTER, EVERYTHING, (filter, scope) -> after)).isSameAs(after);
        assertThat(cache.get(FILTER, EVERYTHING, (filter, scope) -> overview("unused"))).as("stored again")
                .isSameAs(after);
    }

    @Test
    void a_computation_without_a_change_is_stored_and_served_again() {
        AtomicInteger computations = new AtomicInteger();
        Overview first = cache.get(FILTER, EVERYTHING, (filter, scope) -> {
            computations.incrementAndGet();
            return overview("one");
        });
        Overview second = cache.get(FILTER, EVERYTHING, (filter, scope) -> {
            computations.incrementAndGet();
            return overview("two");
        });
        assertThat(second).isSameAs(first);
        assertThat(computations).hasValue(1);
    }

    @Test
    void an_overview_computed_for_one_unit_is_never_served_to_another_unit_or_to_everything() {
        ReadScope unitA = new ReadScope.Units(Set.of("A"));
        ReadScope unitB = new ReadScope.Units(Set.of("B"));
        Overview ofA = cache.get(FILTER, unitA, (filter, scope) -> overview("A"));
        Overview ofB = cache.get(FILTER, unitB, (filter, scope) -> overview("B"));
        Overview ofAll = cache.get(FILTER, EVERYTHING, (filter, scope) -> overview("all"));
        assertThat(ofB).isNotSameAs(ofA);
        assertThat(ofAll).isNotSameAs(ofA).isNotSameAs(ofB);
        assertThat(cache.get(FILTER, new ReadScope.Units(Set.of("A")), (filter, scope) -> overview("again")))
                .as("the same units are the same key").isSameAs(ofA);
        assertThat(cache.get(FILTER, unitB, (filter, scope) -> overview("again"))).isSameAs(ofB);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
