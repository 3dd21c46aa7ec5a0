package org.perfgoals.security.domain;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** {@link LoginGuard}'s counts in this process's memory: for the rule's tests; a restart forgets them. */
final class MemoryLoginStore implements LoginGuard.Store {

    private final Map<String, LoginGuard.Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, LoginGuard.Address> addresses = new ConcurrentHashMap<>();

    @Override
    public LoginGuard.@Nullable Account account(String key) {
        return accounts.get(key);
    }

    @Override
    public LoginGuard.Account updateAccount(String key, UnaryOperator<LoginGuard.@Nullable Account> change) {
        return accounts.compute(key, (name, before) -> change.apply(before));
    }

    @Override
    public void removeAccount(String key) {
        accounts.remove(key);
    }

    @Override
    public int accountCount() {
        return accounts.size();
    }

    @Override
    public void forgetAccountsUnlockedAt(Instant now) {
        accounts.values().removeIf(account -> account.lockedUntil() == null || !now.isBefore(account.lockedUntil()));
    }

    @Override
    public LoginGuard.@Nullable Address address(String address) {
        return addresses.get(address);
    }

    @Override
    public LoginGuard.Address updateAddress(String address, UnaryOperator<LoginGuard.@Nullable Address> change) {
        return addresses.compute(address, (ip, before) -> change.apply(before));
    }

    @Override
    public int addressCount() {
        return addresses.size();
    }

    @Override
    public void forgetAddressesFreeAt(Instant now) {
        addresses.values().removeIf(from -> from.heldBackUntil() == null || !now.isBefore(from.heldBackUntil()));
    }

    @Override
    public void clear() {
        accounts.clear();
        addresses.clear();
    }
}
