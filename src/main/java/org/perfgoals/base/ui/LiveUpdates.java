package org.perfgoals.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.perfgoals.base.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Screens that follow the stored figures by themselves (docs/decisions/0028): a view subscribes while it is attached,
 * and when the shared {@link DataVersion} has moved on — a save, submit or alert step on this node or on any other —
 * each subscribed view refreshes in its UI's session and the change reaches the browser over push. The node reads the
 * version once per interval ({@code perfgoals.live.interval-ms}, 1 s), not once per screen, so the cost of a change
 * is one refresh per open screen, whatever the number of nodes.
 */
@Component
public class LiveUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final DataVersion version;
    private final Map<Object, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final AtomicLong seen = new AtomicLong(Long.MIN_VALUE);

    LiveUpdates(DataVersion version) {
        this.version = version;
    }

    private record Subscription(UI ui, Runnable refresh) {
    }

    /**
     * Runs {@code refresh} in the session of {@code view}'s UI whenever the stored figures change while the view is
     * attached. The registration ends with the view's detach; the returned one ends it earlier.
     */
    public Registration subscribe(com.vaadin.flow.component.Component view, Runnable refresh) {
        Object key = new Object();
        Registration attach = view.addAttachListener(event -> subscriptions.put(key,
                new Subscription(event.getUI(), refresh)));
        Registration detach = view.addDetachListener(event -> subscriptions.remove(key));
        view.getUI().ifPresent(ui -> subscriptions.put(key, new Subscription(ui, refresh)));
        return () -> {
            subscriptions.remove(key);
            attach.remove();
            detach.remove();
        };
    }

    /** Reads the shared version and, when it moved on since the last read, refreshes every subscribed screen. */
    @Scheduled(fixedDelayString = "${perfgoals.live.interval-ms:1000}",
            initialDelayString = "${perfgoals.live.interval-ms:1000}")
    public void poll() {
        long current = version.current();
        long before = seen.getAndSet(current);
        if (before == Long.MIN_VALUE || before == current) {
            return;
        }
        subscriptions.forEach((key, subscription) -> {
            try {
                // access(), not accessSynchronously(): the poller never waits for a session another request holds.
                subscription.ui().access(() -> asSessionUser(subscription.refresh()));
            } catch (UIDetachedException gone) {
                // The session ended without the view's detach (an expired session): nothing left to refresh.
                subscriptions.remove(key);
                LOG.debug("A screen closed before its refresh", gone);
            }
        });
    }

    /**
     * Runs a refresh as the user of the session it belongs to: the poller's thread has no signed-in user, and the
     * views' services check who asks. A session without a stored login (a test's) keeps the thread's own.
     */
    private static void asSessionUser(Runnable refresh) {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(stored instanceof SecurityContext context)) {
            refresh.run();
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            refresh.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The number of screens following the figures on this node. */
    public int subscribed() {
        return subscriptions.size();
    }
}
