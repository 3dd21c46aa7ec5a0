package org.perfgoals.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a UI session whose user changed on another node: {@link UserSessions} ends the sessions of the node where a
 * password change, reset, disable or change of roles or unit happened, but a session lives in the memory of its own
 * node. So each session remembers a stamp of its user as stored (a digest of the password hash, enabled, roles and
 * unit) from its first request after the login, and at most every {@code perfgoals.session.access-recheck} (2 s)
 * compares it with the stored user: when it differs, the session is marked expired, and the concurrent-session
 * filter that runs next logs it out and sends it to the login page, exactly as on the node of the change. The
 * session in which the user changed their own password keeps working: {@link UserSessions} drops its stamp, and the
 * next request stamps it anew.
 */
final class SessionAccessCheck extends OncePerRequestFilter {

    static final String STAMP = SessionAccessCheck.class.getName() + ".stamp";
    private static final String CHECKED_AT = SessionAccessCheck.class.getName() + ".checkedAt";

    private final Function<String, Optional<AppUser>> storedUsers;
    private final SessionRegistry registry;
    private final SecurityContextHolderStrategy contexts;
    private final long intervalNanos;

    SessionAccessCheck(Function<String, Optional<AppUser>> storedUsers, SessionRegistry registry,
                       SecurityContextHolderStrategy contexts, Duration interval) {
        this.storedUsers = storedUsers;
        this.registry = registry;
        this.contexts = contexts;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = contexts.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.getPrincipal() instanceof AppUser user && due(session)) {
            String stored = storedUsers.apply(user.getUsername()).map(SessionAccessCheck::stamp).orElse(null);
            Object seen = session.getAttribute(STAMP);
            if (stored != null && seen == null) {
                session.setAttribute(STAMP, stored);
            } else if (stored == null || !stored.equals(seen)) {
                expire(session);
            }
        }
        chain.doFilter(request, response);
    }

    private boolean due(HttpSession session) {
        long now = System.nanoTime();
        Object last = session.getAttribute(CHECKED_AT);
        if (last instanceof Long at && now - at < intervalNanos && session.getAttribute(STAMP) != null) {
            return false;
        }
        session.setAttribute(CHECKED_AT, now);
        return true;
    }

    private void expire(HttpSession session) {
        SessionInformation information = registry.getSessionInformation(session.getId());
        if (information != null) {
            information.expireNow();
        } else {
            session.invalidate();
        }
    }

    /** What the session depends on, never the hash itself: a digest of it with the grants, or null when disabled. */
    static @Nullable String stamp(AppUser user) {
        if (!user.isEnabled()) {
            return null;
        }
        StringBuilder text = new StringBuilder().append(user.getPassword()).append('\n').append(user.getUnit());
        user.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
                .forEach(role -> text.append('\n').append(role));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
