package org.perfgoals.security.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a login may be checked, from the failures seen per account and per client address.
 * <ul>
 * <li>An account is locked after {@code maxFailures} failures in a row (from any addresses), for {@code lockout}.
 * The lock holds only for the addresses that failed for it: an address that has not failed still gets its password
 * checked, and a correct login from it ends the lock at once. So guessing from one place can no longer keep the real
 * user out from another.</li>
 * <li>An address that failed more than {@code freeFailures} times (whatever the names) is held back: attempts from it
 * are refused without checking the password for a window that doubles with each further failure, up to
 * {@code maxBackOff}. Its count is forgotten after it has been quiet for four times {@code maxBackOff}.</li>
 * </ul>
 * Memory is bounded: at most {@code maxTracked} accounts and addresses each, and {@link #MAX_ADDRESSES_PER_ACCOUNT}
 * addresses per account (beyond that the lock holds for every address, as it did before). Plain Java with an
 * injected clock, so the rule is tested without waiting.
 */
public final class LoginGuard {

    /** The limits; see the class comment. */
    public record Settings(int maxFailures, Duration lockout, int freeFailures, Duration firstBackOff,
                           Duration maxBackOff, int maxTracked) {
        public Settings {
            if (maxFailures < 1 || freeFailures < 0 || maxTracked < 1) {
                throw new IllegalArgumentException("login limits must be positive");
            }
        }
    }

    /** What to do with a login attempt before its password is looked at. */
    public enum Verdict {
        CHECK_PASSWORD, ACCOUNT_LOCKED, ADDRESS_HELD_BACK
    }

    /**
     * What one failure led to: {@code accountLocked} when this failure locked the account, {@code heldBack} the
     * window the address is now held back for (zero when it is not).
     */
    public record Failure(int accountFailures, boolean accountLocked, int addressFailures, Duration heldBack) {
    }

    static final int MAX_ADDRESSES_PER_ACCOUNT = 100;

    private record Account(int count, Set<String> addresses, boolean everyAddress, Instant lockedUntil) {
    }

    private record Address(int count, Instant lastFailure, Instant heldBackUntil) {
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Settings settings;

    public LoginGuard(Clock clock, Settings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public Verdict admit(String username, String address) {
        Instant now = clock.instant();
        Address from = addresses.get(address);
        if (from != null && from.heldBackUntil() != null && now.isBefore(from.heldBackUntil())) {
            return Verdict.ADDRESS_HELD_BACK;
        }
        Account account = accounts.get(key(username));
        if (account != null && isLocked(account, now)
                && (account.everyAddress() || account.addresses().contains(address))) {
            return Verdict.ACCOUNT_LOCKED;
        }
        return Verdict.CHECK_PASSWORD;
    }

    /** Whether the account is locked for some addresses now. */
    public boolean isLocked(String username) {
        Account account = accounts.get(key(username));
        return account != null && isLocked(account, clock.instant());
    }

    public Failure failed(String username, String address) {
        Instant now = clock.instant();
        if (accounts.size() >= settings.maxTracked()) {
            // Guessing at random names must not fill the memory: forget the names that are not locked.
            accounts.values().removeIf(account -> !isLocked(account, now));
        }
        boolean[] lockedNow = {false};
        Account account = accounts.compute(key(username), (name, before) -> {
            // A lock that ran out starts the count afresh.
            Account current = before == null || (before.lockedUntil() != null && !isLocked(before, now))
                    ? new Account(0, Set.of(), false, null) : before;
            Set<String> failedFrom = new HashSet<>(current.addresses());
            boolean every = current.everyAddress();
            if (!every && !failedFrom.contains(address)) {
                // Guessing from more places than we keep: the lock holds for all of them, as a plain lock would.
                every = failedFrom.size() >= MAX_ADDRESSES_PER_ACCOUNT;
                if (!every) {
                    failedFrom.add(address);
                }
            }
            int count = current.count() + 1;
            Instant lockedUntil = current.lockedUntil();
            if (lockedUntil == null && count >= settings.maxFailures()) {
                lockedUntil = now.plus(settings.lockout());
                lockedNow[0] = true;
            }
            return new Account(count, Set.copyOf(failedFrom), every, lockedUntil);
        });
        Address from = failedFrom(address, now);
        Duration heldBack = from.heldBackUntil() == null ? Duration.ZERO : Duration.between(now, from.heldBackUntil());
        return new Failure(account.count(), lockedNow[0], from.count(), heldBack);
    }

    /** A correct password: the account's count and lock end. The address keeps its count, so that logging in to an
     * account of one's own between guesses does not reset the back-off. */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** Forgets every count, lock and back-off, as a restart does (the tests start each class from here). */
    public void forgetAll() {
        accounts.clear();
        addresses.clear();
    }

    private Address failedFrom(String address, Instant now) {
        if (addresses.size() >= settings.maxTracked()) {
            addresses.values().removeIf(from -> from.heldBackUntil() == null || !now.isBefore(from.heldBackUntil()));
        }
        Duration memory = settings.maxBackOff().multipliedBy(4);
        return addresses.compute(address, (ip, before) -> {
            int count = before == null || !now.isBefore(before.lastFailure().plus(memory)) ? 1 : before.count() + 1;
            int over = count - settings.freeFailures();
            return new Address(count, now, over <= 0 ? null : now.plus(backOff(over)));
        });
    }

    /** first, 2 × first, 4 × first … up to the maximum. */
    private Duration backOff(int failuresOverTheFreeOnes) {
        int doublings = Math.min(failuresOverTheFreeOnes - 1, 30);
        Duration window = settings.firstBackOff().multipliedBy(1L << doublings);
        return window.compareTo(settings.maxBackOff()) > 0 ? settings.maxBackOff() : window;
    }

    private static boolean isLocked(Account account, Instant now) {
        return account.lockedUntil() != null && now.isBefore(account.lockedUntil());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
