package org.perfgoals.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.user.UserAccessChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * HTTP Basic credentials verified in the last few minutes, so that an API client pays the password hash (about
 * 60 ms of CPU) once, not on every request. Keyed by the user name and an HMAC-SHA256 of the presented password
 * under a key drawn at random when the process starts: the password itself is never kept, and the key dies with
 * the process. Only successes are cached. A user's entries go on a password change or disable
 * ({@link UserAccessChanged}, after its commit) and on any failed login for the name (which covers lockouts), so the
 * next request is checked in full. Another node's change is seen because a hit is served only while the stored
 * hash is the one the credential was verified against ({@link CachingBasicAuthentication}); entries expire after
 * {@code perfgoals.security.credential-cache-seconds} (0 turns the cache off).
 */
@Component
public class CredentialCache {

    /** What a request served from the cache authenticates as: the listeners of real logins skip it. */
    static final class Cached extends UsernamePasswordAuthenticationToken {
        Cached(AppUser user) {
            super(user, null, user.getAuthorities());
        }
    }

    private record Key(String username, String digest) {
    }

    private static final String HMAC = "HmacSHA256";

    /** What each credential was verified against: the user's password hash at that time. */
    private final @Nullable Cache<Key, String> verified;
    private final SecretKeySpec secret;

    CredentialCache(@Value("${perfgoals.security.credential-cache-seconds:300}") long seconds,
                    @Value("${perfgoals.security.credential-cache-size:10000}") long size) {
        this.verified = seconds <= 0 ? null : Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(seconds))
                .maximumSize(size).build();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, HMAC);
    }

    /** Whether this authentication was served from the cache rather than checked. */
    public static boolean isFromCache(Authentication authentication) {
        return authentication instanceof Cached;
    }

    /** The password hash the credential was verified against, or null when it is not cached. */
    @Nullable String get(String username, String password) {
        return verified == null ? null : verified.getIfPresent(key(username, password));
    }

    void put(String username, String password, String passwordHash) {
        if (verified != null) {
            verified.put(key(username, password), passwordHash);
        }
    }

    /** Forgets every credential of this user. */
    public void evict(String username) {
        if (verified != null) {
            String name = fold(username);
            verified.asMap().keySet().removeIf(key -> key.username().equals(name));
        }
    }

    public void clear() {
        if (verified != null) {
            verified.invalidateAll();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserAccessChanged changed) {
        evict(changed.username());
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        evict(failure.getAuthentication().getName());
    }

    private Key key(String username, String password) {
        String name = fold(username);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return new Key(name, Base64.getEncoder().encodeToString(mac.doFinal(
                    password.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String fold(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
