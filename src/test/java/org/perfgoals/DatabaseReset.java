package org.perfgoals;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;
import org.flywaydb.core.Flyway;
import org.perfgoals.security.CredentialCache;
import org.perfgoals.security.LoginAttempts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each Spring test class, the database as the application leaves it after start-up: Flyway drops and
 * re-creates the schema, then the application's own {@code ApplicationReadyEvent} listeners run again in their
 * order (the demo users, the demo seed, the demo monitoring data, generated projects if configured, the overdue
 * check), and the in-memory state that mirrors data is forgotten (the overview cache, verified credentials).
 * Before each test it also points the static security holder at the test's context (see {@link #useSecurityOf}).
 * So no class depends on what another one left behind, and a class may assert exact counts. The first class on a
 * freshly started context skips the reset: start-up has just done the same. Registered for every Spring test in
 * {@code META-INF/spring.factories}; see docs/decisions/0003-test-database-reset.md.
 */
public final class DatabaseReset implements TestExecutionListener, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseReset.class);
    private static final ResolvableType READY = ResolvableType.forClass(ApplicationReadyEvent.class);
    /** The contexts a test class has already run on (weak: the context cache may close and drop them). */
    private static final Map<ApplicationContext, Boolean> USED = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public int getOrder() {
        // After dependency injection, before the class's own @BeforeAll-style listeners.
        return 2100;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        useSecurityOf(context);
        if (USED.put(context, Boolean.TRUE) == null) {
            return;
        }
        long started = System.nanoTime();
        reset((ConfigurableApplicationContext) context);
        LOG.info("Database reset for {} in {} ms", testContext.getTestClass().getSimpleName(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useSecurityOf(testContext.getApplicationContext());
    }

    /**
     * Points the static {@link SecurityContextHolder} at this context's strategy. Vaadin replaces the static
     * strategy whenever a context starts, while each context's method security keeps reading its own: with several
     * contexts in one JVM, {@code SystemAuthentication} (the start-up listeners, tests acting as the system) would
     * otherwise sign in where an older context's services do not look.
     */
    private static void useSecurityOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    static void reset(ConfigurableApplicationContext context) {
        Flyway flyway = context.getBean(Flyway.class);
        flyway.clean();
        flyway.migrate();
        context.getBean(CacheManager.class).getCacheNames()
                .forEach(name -> context.getBean(CacheManager.class).getCache(name).clear());
        // Flyway's clean has already dropped the stored counts; forgetAll says so for any other store.
        context.getBean(LoginAttempts.class).forgetAll();
        // A credential verified for a user of the dropped database must not log in to the new one.
        context.getBean(CredentialCache.class).clear();
        // ShedLock remembers which lock rows it created and then only updates them; the clean dropped them.
        context.getBeanProvider(LockProvider.class).ifAvailable(locks -> {
            if (locks instanceof StorageBasedLockProvider stored) {
                stored.clearCache();
            }
        });
        ApplicationReadyEvent ready = new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
                Duration.ZERO);
        startUpListeners(context).forEach(listener -> listener.onApplicationEvent(ready));
    }

    /** The application's own listeners to {@code ApplicationReadyEvent} (not Boot's or Vaadin's), in order. */
    private static List<ApplicationListenerMethodAdapter> startUpListeners(ConfigurableApplicationContext context) {
        return ((AbstractApplicationContext) context).getApplicationListeners().stream()
                .filter(ApplicationListenerMethodAdapter.class::isInstance)
                .map(ApplicationListenerMethodAdapter.class::cast)
                .filter(listener -> listener.getListenerId().startsWith("org.perfgoals."))
                .filter(listener -> listener.supportsEventType(READY))
                .sorted(Comparator.comparingInt(ApplicationListenerMethodAdapter::getOrder))
                .toList();
    }
}
