package org.perfgoals.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.SpringTest;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.security.ReadScope;
import org.perfgoals.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The overview is computed once per filter, forgotten on every data change, and the cache is bounded. */
class DashboardCacheTest extends SpringTest {

    private static final OverviewFilter Q2_2019 = new OverviewFilter(2019, 2, null, null);

    @Autowired
    private DashboardService dashboards;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private CacheManager caches;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    private Cache<Object, Object> overviews;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void emptyCache() {
        overviews = (Cache<Object, Object>) caches.getCache(OverviewCache.NAME).getNativeCache();
        overviews.invalidateAll();
    }

    /** As an admin, through this context's own strategy: several test contexts share the JVM's static holder. */
    private Overview overview(OverviewFilter filter) {
        SecurityContext admin = securityContexts.createEmptyContext();
        admin.setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        securityContexts.setContext(admin);
        try {
            return dashboards.overview(filter);
        } finally {
            securityContexts.clearContext();
        }
    }

    @Test
    void two_calls_for_one_filter_compute_the_overview_once() {
        Overview first = overview(Q2_2019);
        assertThat(overview(Q2_2019)).isSameAs(first);
        assertThat(overviews.getIfPresent(new OverviewCache.Key(Q2_2019, new ReadScope.Everything())))
                .isSameAs(first);
    }

    @Test
    void a_data_change_makes_the_next_call_compute_the_overview_again() {
        Overview before = overview(Q2_2019);
        events.publishEvent(new DataChangedEvent());
        assertThat(overviews.asMap()).isEmpty();
        Overview after = overview(Q2_2019);
        assertThat(after).isNotSameAs(before);
        assertThat(after.projects()).hasSameSizeAs(before.projects());
        assertThat(overview(Q2_2019)).isSameAs(after);
    }

    @Test
    void a_data_change_on_another_node_reaches_this_nodes_cache_through_the_shared_version() {
        long version = jdbc.sql("select version from data_version").query(Long.class).single();
        Overview before = overview(Q2_2019);
        assertThat(overview(Q2_2019)).isSameAs(before);

        events.publishEvent(new DataChangedEvent());
        assertThat(jdbc.sql("select version from data_version").query(Long.class).single())
                .as("a change here moves the shared version on").isEqualTo(version + 1);
        Overview local = overview(Q2_2019);

        // Another node committed a change and bumped the version; no event reaches this node.
        jdbc.sql("update data_version set version = version + 1").update();
        Overview after = overview(Q2_2019);
        assertThat(after).isNotSameAs(local);
        assertThat(overview(Q2_2019)).isSameAs(after);
    }

    @Test
    void the_cache_holds_at_most_200_overviews_and_expires_them_after_10_minutes() {
        var policy = overviews.policy();
        assertThat(policy.eviction().orElseThrow().getMaximum()).isEqualTo(200);
        assertThat(policy.expireAfterWrite().orElseThrow().getExpiresAfter()).isEqualTo(Duration.ofMinutes(10));
        for (int year = 2000; year < 2075; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                overview(new OverviewFilter(year, quarter, null, null));
            }
        }
        overviews.cleanUp();
        assertThat(overviews.estimatedSize()).isEqualTo(200);
    }
}
