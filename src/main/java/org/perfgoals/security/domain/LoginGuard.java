package org.perfgoals.security.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

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
 * injected clock, so the rule is tested without waiting. What it knows lives in a {@link Store}: in memory
 * ({@link #inMemory()}) for the rule's tests, in the database for the application, so that counts and locks hold
 * across restarts and nodes.
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

    /**
     * The failures of one account (user name folded to lower case): how many in a row, from which addresses (all
     * of them when {@code everyAddress}), and until when it is locked (null: not locked).
     */
    public record Account(int count, Set<String> addresses, boolean everyAddress, @Nullable Instant lockedUntil) {
        public Account {
            addresses = Set.copyOf(addresses);
        }
    }

    /** The failures from one client address: how many, the last one, and until when it is held back (or null). */
    public record Address(int count, Instant lastFailure, @Nullable Instant heldBackUntil) {
    }

    /**
     * Where the guard keeps what it knows. {@code update…} replace one entry atomically (another node's failure at
     * the same moment must not be lost); {@code forget…} drop the entries the guard no longer needs once the store
     * holds {@link Settings#maxTracked()} of them.
     */
    public interface Store {

        @Nullable Account account(String key);

        Account updateAccount(String key, UnaryOperator<@Nullable Account> change);

        void removeAccount(String key);

        int accountCount();

        /** Drops the accounts not locked at {@code now}. */
        void forgetAccountsUnlockedAt(Instant now);

        @Nullable Address address(String address);

        Address updateAddress(String address, UnaryOperator<@Nullable Address> change);

        int addressCount();

        /** Drops the addresses not held back at {@code now}. */
        void forgetAddressesFreeAt(Instant now);

        void clear();
    }

    private final Store store;
    private final Clock clock;
    private final Settings settings;

    /** A guard that keeps its counts in memory (a restart forgets them). */
    public LoginGuard(Clock clock, Settings settings) {
        this(clock, settings, inMemory());
    }

    public LoginGuard(Clock clock, Settings settings, Store store) {
        this.clock = clock;
        this.settings = settings;
        this.store = store;
    }

    /** A store in this process's memory. */
    public static Store inMemory() {
        return new MemoryLoginStore();
    }

    public Settings settings() {
        return settings;
    }

    public Verdict admit(String username, String address) {
        Instant now = clock.instant();
        Address from = store.address(address);
        if (from != null && from.heldBackUntil() != null && now.isBefore(from.heldBackUntil())) {
            return Verdict.ADDRESS_HELD_BACK;
        }
        Account account = store.account(key(username));
        if (account != null && isLocked(account, now)
                && (account.everyAddress() || account.addresses().contains(address))) {
            return Verdict.ACCOUNT_LOCKED;
        }
        return Verdict.CHECK_PASSWORD;
    }

    /** Whether the account is locked for some addresses now. */
    public boolean isLocked(String username) {
        Account account = store.account(key(username));
        return account != null && isLocked(account, clock.instant());
    }

    public Failure failed(String username, String address) {
        Instant now = clock.instant();
        if (store.accountCount() >= settings.maxTracked()) {
            // Guessing at random names must not fill the store: forget the names that are not locked.
            store.forgetAccountsUnlockedAt(now);
        }
        boolean[] lockedNow = {false};
        Account account = store.updateAccount(key(username), before -> {
            // The store may run this again when another node changed the entry at the same moment.
            lockedNow[0] = false;
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
            return new Account(count, failedFrom, every, lockedUntil);
        });
        Address from = failedFrom(address, now);
        Duration heldBack = from.heldBackUntil() == null ? Duration.ZERO : Duration.between(now, from.heldBackUntil());
        return new Failure(account.count(), lockedNow[0], from.count(), heldBack);
    }

    /** A correct password: the account's count and lock end. The address keeps its count, so that logging in to an
     * account of one's own between guesses does not reset the back-off. */
    public void succeeded(String username) {
        store.removeAccount(key(username));
    }

    /** Forgets every count, lock and back-off, as a restart does (the tests start each class from here). */
    public void forgetAll() {
        store.clear();
    }

    private Address failedFrom(String address, Instant now) {
        if (store.addressCount() >= settings.maxTracked()) {
            store.forgetAddressesFreeAt(now);
        }
        Duration memory = settings.maxBackOff().multipliedBy(4);
        return store.updateAddress(address, before -> {
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
