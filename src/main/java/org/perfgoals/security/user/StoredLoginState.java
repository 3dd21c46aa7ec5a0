package org.perfgoals.security.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.domain.LoginGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link LoginGuard}'s counts in the database, so that they hold across restarts and for every node. An update
 * reads its row with a write lock, so two nodes counting a failure for one name at the same moment both count; two
 * first failures inserting the same row at once make one of them fail, which {@link DatabaseLoginStore} retries.
 * Keys longer than the column (a user name typed at length) are stored as their SHA-256.
 */
@Service
@Transactional
public class StoredLoginState {

    private static final int MAX_KEY = 100;

    private final LoginAccountFailureRepository accounts;
    private final LoginAddressFailureRepository addresses;

    StoredLoginState(LoginAccountFailureRepository accounts, LoginAddressFailureRepository addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    @Transactional(readOnly = true)
    public LoginGuard.@Nullable Account account(String key) {
        return accounts.findById(fit(key)).map(LoginAccountFailure::toAccount).orElse(null);
    }

    public LoginGuard.Account updateAccount(String key, UnaryOperator<LoginGuard.@Nullable Account> change) {
        LoginAccountFailure row = accounts.findForUpdate(fit(key)).orElse(null);
        LoginGuard.Account changed = change.apply(row == null ? null : row.toAccount());
        if (row == null) {
            row = new LoginAccountFailure(fit(key));
        }
        row.set(new LoginGuard.Account(changed.count(), changed.addresses().stream().map(StoredLoginState::fit)
                .collect(java.util.stream.Collectors.toSet()), changed.everyAddress(), changed.lockedUntil()));
        accounts.saveAndFlush(row);
        return changed;
    }

    public void removeAccount(String key) {
        accounts.deleteByKey(fit(key));
    }

    @Transactional(readOnly = true)
    public int accountCount() {
        return Math.toIntExact(accounts.count());
    }

    public void forgetAccountsUnlockedAt(Instant now) {
        accounts.deleteUnlockedAt(now);
    }

    @Transactional(readOnly = true)
    public LoginGuard.@Nullable Address address(String address) {
        return addresses.findById(fit(address)).map(LoginAddressFailure::toAddress).orElse(null);
    }

    public LoginGuard.Address updateAddress(String address, UnaryOperator<LoginGuard.@Nullable Address> change) {
        LoginAddressFailure row = addresses.findForUpdate(fit(address)).orElse(null);
        LoginGuard.Address changed = change.apply(row == null ? null : row.toAddress());
        if (row == null) {
            row = new LoginAddressFailure(fit(address));
        }
        row.set(changed);
        addresses.saveAndFlush(row);
        return changed;
    }

    @Transactional(readOnly = true)
    public int addressCount() {
        return Math.toIntExact(addresses.count());
    }

    public void forgetAddressesFreeAt(Instant now) {
        addresses.deleteFreeAt(now);
    }

    public void clear() {
        accounts.deleteAllInBatch();
        addresses.deleteAllInBatch();
    }

    /** The key as it fits the column: itself, or its digest when it is too long. */
    static String fit(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
