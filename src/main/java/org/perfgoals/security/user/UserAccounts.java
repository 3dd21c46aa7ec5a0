package org.perfgoals.security.user;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.domain.PasswordPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored users: loading one for a login, creating them (admins and the start-up), and what every user does to
 * their own account (password, language). User names are folded to lower case, so {@code Admin} logs in as
 * {@code admin}. A password change or a disable publishes {@link UserAccessChanged}, which ends cached credentials
 * and other sessions.
 */
@Service
@Transactional
public class UserAccounts {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    UserAccounts(UserAccountRepository users, PasswordEncoder encoder, CurrentUser currentUser, Clock clock,
                 ApplicationEventPublisher events, AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The user name as stored: trimmed, lower case. */
    public static String normalize(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The principal of a login, with the password hash Spring Security checks; empty for an unknown name. */
    @Transactional(readOnly = true)
    public Optional<AppUser> principal(String username) {
        return users.findByUsername(normalize(username)).map(account -> new AppUser(account.getUsername(),
                account.getPasswordHash(), account.getUnit(), account.getRoles(), account.isEnabled(),
                account.isMustChangePassword()));
    }

    @Transactional(readOnly = true)
    public Optional<UserRecord> find(String username) {
        return users.findByUsername(normalize(username)).map(UserRecord::of);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(normalize(username));
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    /** The signed-in user's account. */
    @Transactional(readOnly = true)
    public UserRecord me() {
        return find(currentUser.username()).orElseThrow(() -> new AccessDeniedException("no stored user"));
    }

    /** Whether this user may do nothing but change the password. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(normalize(username)).map(UserAccount::isMustChangePassword).orElse(false);
    }

    /** A new user with the given password (ADMIN, or the start-up acting as the system). */
    public UserRecord create(NewUser user, String password, boolean mustChangePassword) {
        return createEncoded(user, encoder.encode(password), mustChangePassword);
    }

    /** {@link #create} with a hash this application's {@link PasswordEncoder} made (the demo users share one). */
    public UserRecord createEncoded(NewUser user, String passwordHash, boolean mustChangePassword) {
        requireAdmin();
        String username = normalize(user.username());
        if (users.existsByUsername(username)) {
            throw new IllegalArgumentException("user exists: " + username);
        }
        UserAccount account = new UserAccount(username, user.displayName(), user.email(), user.unit(), user.roles(),
                passwordHash, mustChangePassword, clock.instant());
        audit.record(AuditEntry.of(AuditType.USER_CREATED, username, UserAdministration.details(user.roles(),
                user.unit())));
        return UserRecord.of(users.save(account));
    }

    /**
     * Changes the signed-in user's password after checking the current one and the {@link PasswordPolicy};
     * throws {@link PasswordChangeException} naming every field refused, and changes nothing then.
     */
    public void changeOwnPassword(String current, String newPassword) {
        UserAccount account = users.findByUsername(normalize(currentUser.username()))
                .orElseThrow(() -> new AccessDeniedException("no stored user"));
        List<PasswordChangeException.Problem> problems = new ArrayList<>();
        if (current.isEmpty()) {
            problems.add(problem(PasswordChangeException.Field.CURRENT, "required"));
        } else if (!encoder.matches(current, account.getPasswordHash())) {
            problems.add(problem(PasswordChangeException.Field.CURRENT, "wrong"));
        }
        if (newPassword.isEmpty()) {
            problems.add(problem(PasswordChangeException.Field.NEW, "required"));
        } else {
            PasswordPolicy.standard().check(account.getUsername(), newPassword).forEach(rule ->
                    problems.add(problem(PasswordChangeException.Field.NEW, rule.code())));
            if (problems.isEmpty() && newPassword.equals(current)) {
                problems.add(problem(PasswordChangeException.Field.NEW, "unchanged"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PasswordChangeException(problems);
        }
        account.setPassword(encoder.encode(newPassword), false, clock.instant());
        audit.record(AuditEntry.of(AuditType.PASSWORD_CHANGED, account.getUsername()));
        events.publishEvent(new UserAccessChanged(account.getUsername(), UserAccessChanged.Reason.PASSWORD_CHANGED));
    }

    /** The signed-in user's language (a tag such as zh-CN or en), applied to their UI sessions from the next one. */
    public void setOwnLanguage(Locale language) {
        users.findByUsername(normalize(currentUser.username()))
                .orElseThrow(() -> new AccessDeniedException("no stored user"))
                .setLanguage(language.toLanguageTag());
    }

    /** Enables or disables a user (ADMIN); a disabled user's cached credentials and sessions end. */
    public void setEnabled(String username, boolean enabled) {
        requireAdmin();
        UserAccount account = users.findByUsername(normalize(username))
                .orElseThrow(() -> new IllegalArgumentException("no user " + username));
        if (enabled != account.isEnabled()) {
            audit.record(AuditEntry.of(enabled ? AuditType.USER_ENABLED : AuditType.USER_DISABLED,
                    account.getUsername()));
        }
        account.setEnabled(enabled);
        if (!enabled) {
            events.publishEvent(new UserAccessChanged(account.getUsername(), UserAccessChanged.Reason.DISABLED));
        }
    }

    /** Notes a successful login; a plain update, so a login never collides with an edit of the account. */
    public void recordLogin(String username) {
        users.updateLastLogin(normalize(username), clock.instant());
    }

    /** The enabled users whose password is {@code password} (the production start-up refuses the demo's). */
    @Transactional(readOnly = true)
    public List<String> enabledUsersWithPassword(String password) {
        return users.findByEnabledTrue().stream()
                .filter(account -> encoder.matches(password, account.getPasswordHash()))
                .map(UserAccount::getUsername).toList();
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException(currentUser.username() + " may not manage users");
        }
    }

    private static PasswordChangeException.Problem problem(PasswordChangeException.Field field, String code) {
        return new PasswordChangeException.Problem(field, code);
    }
}
