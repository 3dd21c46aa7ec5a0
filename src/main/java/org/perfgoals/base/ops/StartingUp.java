package org.perfgoals.base.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every user-facing request back while the node's start-up work runs: Tomcat takes requests as soon as it is
 * started, before the {@code ApplicationReadyEvent} listeners (migrations are done by then; the demo's users, seed
 * and monitoring data, the first overdue check are not, see {@link StartUpLock}). Until readiness first turns
 * {@code ACCEPTING_TRAFFIC}, which Boot publishes after the last of those listeners, the UI, {@code /login} and the
 * REST API answer 503 with {@code Retry-After}: a problem detail of type {@link #TYPE} under {@code /api}, elsewhere a
 * small page in both languages that reloads itself. Only {@code /actuator/health/**} passes (the balancer's probes,
 * which report the same by readiness). Once open the gate stays open: a node shutting down lets its in-flight and
 * last requests finish (graceful shutdown), the balancer has stopped sending new ones by its readiness probe.
 */
class StartingUp extends OncePerRequestFilter {

    /** 503 while the node starts; the client retries after {@value #RETRY_AFTER_SECONDS} s. */
    static final ProblemType TYPE = new ProblemType("starting");
    static final int RETRY_AFTER_SECONDS = 5;

    private final Problems problems;
    private final UnavailablePage page;
    private volatile boolean started;

    StartingUp(Problems problems, TranslationProvider messages) {
        this.problems = problems;
        this.page = new UnavailablePage(messages);
    }

    @EventListener
    void readinessChanged(AvailabilityChangeEvent<ReadinessState> change) {
        if (change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            started = true;
        }
    }

    boolean started() {
        return started;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return started || UnavailablePage.path(request).startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (started) {
            chain.doFilter(request, response);
            return;
        }
        if (UnavailablePage.path(request).startsWith("/api/")) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, TYPE, "startup.detail",
                    RETRY_AFTER_SECONDS);
            return;
        }
        page.write(response, "startup.title", "startup.message", RETRY_AFTER_SECONDS,
                UnavailablePage.samePage(request));
    }
}
