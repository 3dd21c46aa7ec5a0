package org.perfgoals.security.user;

import java.time.Instant;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.domain.LoginGuard;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;

/**
 * {@link LoginGuard.Store} over {@link StoredLoginState}: each call its own transaction, an update that collided
 * with another node's (the same first failure inserted twice, a lock timeout) tried again, so that a failed login
 * is counted rather than turned into a server error.
 */
public final class DatabaseLoginStore implements LoginGuard.Store {

    private static final int ATTEMPTS = 3;

    private final StoredLoginState state;

    public DatabaseLoginStore(StoredLoginState state) {
        this.state = state;
    }

    @Override
    public LoginGuard.@Nullable Account account(String key) {
        return state.account(key);
    }

    @Override
    public LoginGuard.Account updateAccount(String key, UnaryOperator<LoginGuard.@Nullable Account> change) {
        return retried(() -> state.updateAccount(key, change));
    }

    @Override
    public void removeAccount(String key) {
        state.removeAccount(key);
    }

    @Override
    public int accountCount() {
        return state.accountCount();
    }

    @Override
    public void forgetAccountsUnlockedAt(Instant now) {
        state.forgetAccountsUnlockedAt(now);
    }

    @Override
    public LoginGuard.@Nullable Address address(String address) {
        return state.address(address);
    }

    @Override
    public LoginGuard.Address updateAddress(String address, UnaryOperator<LoginGuard.@Nullable Address> change) {
        return retried(() -> state.updateAddress(address, change));
    }

    @Override
    public int addressCount() {
        return state.addressCount();
    }

    @Override
    public void forgetAddressesFreeAt(Instant now) {
        state.forgetAddressesFreeAt(now);
    }

    @Override
    public void clear() {
        state.clear();
    }

    private static <T> T retried(Supplier<T> update) {
        for (int attempt = 1; ; attempt++) {
            try {
                return update.get();
            } catch (DataIntegrityViolationException | TransientDataAccessException collision) {
                if (attempt >= ATTEMPTS) {
                    throw collision;
                }
            }
        }
    }
}
