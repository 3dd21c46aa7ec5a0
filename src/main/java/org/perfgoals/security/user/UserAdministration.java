package org.perfgoals.security.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.NotFoundException;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitChoice;
import org.perfgoals.security.UnitHierarchy;
import org.perfgoals.security.domain.PasswordPolicy;
import org.perfgoals.security.user.UserAdminException.Field;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' side of the stored users: list, create with a one-time password, change enabled, roles and unit,
 * reset the password. ADMIN only (method security); a user is disabled, never deleted. Every one-time password
 * is high-entropy ({@link SecureRandom}), satisfies the {@link PasswordPolicy}, is shown once and must be changed at
 * the next login. Disabling, a reset and a change of roles or unit publish {@link UserAccessChanged}, which ends
 * the user's sessions and cached credentials.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    /** 3–50 characters of a–z, 0–9, '.', '_', '-', after folding to lower case. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");
    /** A plain shape check: one '@', something on both sides, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    public static final int MAX_DISPLAY_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_UNIT = 255;
    /** No look-alikes (0/O, 1/l/I): an admin may read it out. 20 of 57 symbols: about 116 bits. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int ONE_TIME_LENGTH = 20;

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final UnitHierarchy units;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(UserAccountRepository users, PasswordEncoder encoder, CurrentUser currentUser, Clock clock,
                       ApplicationEventPublisher events, UnitHierarchy units, AuditLog audit) {
        this.units = units;
        this.audit = audit;
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** A user created, with the one-time password shown once. */
    public record Created(UserRecord user, String initialPassword) {
    }

    /** Nothing but the check: a controller calls it before it reads the body, so a refused caller learns nothing. */
    public void authorize() {
        // The @PreAuthorize of the class is the whole check.
    }

    @Transactional(readOnly = true)
    public List<UserRecord> list(int page, int size) {
        return users.findAll(PageRequest.of(page, size, Sort.by("id"))).stream().map(UserRecord::of).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public UserRecord get(long id) {
        return UserRecord.of(account(id));
    }

    /** Creates the user with a one-time password; refuses broken fields (400) and a name taken (409). */
    public Created create(NewUser user) {
        String username = UserAccounts.normalize(user.username());
        List<UserAdminException.Problem> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new UserAdminException.Problem(Field.USERNAME, "username", List.of("3", "50")));
        }
        if (user.displayName().isBlank()) {
            problems.add(new UserAdminException.Problem(Field.DISPLAY_NAME, "required", List.of()));
        } else if (user.displayName().strip().length() > MAX_DISPLAY_NAME) {
            problems.add(tooLong(Field.DISPLAY_NAME, MAX_DISPLAY_NAME));
        }
        checkEmail(user.email(), problems);
        checkUnit(Field.UNIT, user.unit(), problems);
        if (!problems.isEmpty()) {
            throw new UserAdminException(UserAdminException.Kind.INVALID, problems);
        }
        if (users.existsByUsername(username)) {
            throw new UserAdminException(UserAdminException.Kind.DUPLICATE,
                    List.of(new UserAdminException.Problem(Field.USERNAME, "duplicate", List.of(username))));
        }
        String password = oneTimePassword(username);
        UserAccount account = new UserAccount(username, user.displayName().strip(), blankToNull(user.email()),
                blankToNull(user.unit()), user.roles(), encoder.encode(password), true, clock.instant());
        audit.record(AuditEntry.of(AuditType.USER_CREATED, username, details(user.roles(), account.getUnit())));
        return new Created(UserRecord.of(users.save(account)), password);
    }

    /** Changes what was sent; an admin cannot disable themself (409). */
    public UserRecord change(long id, UserChange change) {
        UserAccount account = account(id);
        if (change.unitChanged()) {
            List<UserAdminException.Problem> problems = new ArrayList<>();
            checkUnit(Field.UNIT, change.unit(), problems);
            if (!problems.isEmpty()) {
                throw new UserAdminException(UserAdminException.Kind.INVALID, problems);
            }
        }
        if (Boolean.FALSE.equals(change.enabled())
                && account.getUsername().equals(UserAccounts.normalize(currentUser.username()))) {
            throw new UserAdminException(UserAdminException.Kind.SELF_DISABLE,
                    List.of(new UserAdminException.Problem(Field.ENABLED, "selfDisable", List.of())));
        }
        boolean grants = false;
        if (change.roles() != null && !change.roles().equals(account.getRoles())) {
            account.setRoles(change.roles());
            grants = true;
            audit.record(AuditEntry.of(AuditType.USER_ROLES_CHANGED, account.getUsername(), details(change.roles())));
        }
        if (change.unitChanged() && !Objects.equals(blankToNull(change.unit()), account.getUnit())) {
            account.setUnit(blankToNull(change.unit()));
            grants = true;
            audit.record(AuditEntry.of(AuditType.USER_UNIT_CHANGED, account.getUsername(), account.getUnit()));
        }
        boolean disabled = Boolean.FALSE.equals(change.enabled()) && account.isEnabled();
        if (change.enabled() != null && change.enabled() != account.isEnabled()) {
            account.setEnabled(change.enabled());
            audit.record(AuditEntry.of(change.enabled() ? AuditType.USER_ENABLED : AuditType.USER_DISABLED,
                    account.getUsername()));
        }
        if (disabled) {
            events.publishEvent(new UserAccessChanged(account.getUsername(), UserAccessChanged.Reason.DISABLED));
        } else if (grants) {
            events.publishEvent(new UserAccessChanged(account.getUsername(),
                    UserAccessChanged.Reason.GRANTS_CHANGED));
        }
        return UserRecord.of(users.save(account));
    }

    /** A new one-time password, to be changed at the next login; the old one and every session end. */
    public Created resetPassword(long id) {
        UserAccount account = account(id);
        String password = oneTimePassword(account.getUsername());
        account.setPassword(encoder.encode(password), true, clock.instant());
        audit.record(AuditEntry.of(AuditType.PASSWORD_RESET, account.getUsername()));
        events.publishEvent(new UserAccessChanged(account.getUsername(), UserAccessChanged.Reason.PASSWORD_RESET));
        return new Created(UserRecord.of(users.save(account)), password);
    }

    /** The roles (sorted) and unit of a user, as an entry's details. */
    static String details(Set<Role> roles, @Nullable String unit) {
        return AuditDetails.json("roles", roles.stream().map(Role::name).sorted().toList(), "unit", unit);
    }

    private static String details(Set<Role> roles) {
        return AuditDetails.json("roles", roles.stream().map(Role::name).sorted().toList());
    }

    private UserAccount account(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private String oneTimePassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
            for (int i = 0; i < ONE_TIME_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (PasswordPolicy.standard().check(username, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }

    private static void checkEmail(@Nullable String email, List<UserAdminException.Problem> problems) {
        if (email == null || email.isBlank()) {
            return;
        }
        if (email.strip().length() > MAX_EMAIL) {
            problems.add(tooLong(Field.EMAIL, MAX_EMAIL));
        } else if (!EMAIL.matcher(email.strip()).matches()) {
            problems.add(new UserAdminException.Problem(Field.EMAIL, "email", List.of()));
        }
    }

    /** A unit, when named, must be a stored unit: users belong to the tree like projects do. */
    private void checkUnit(Field field, @Nullable String unit, List<UserAdminException.Problem> problems) {
        if (unit == null || unit.isBlank()) {
            return;
        }
        if (unit.strip().length() > MAX_UNIT) {
            problems.add(tooLong(field, MAX_UNIT));
        } else if (!units.exists(unit.strip())) {
            problems.add(new UserAdminException.Problem(field, "unknownUnit", List.of(JsonBody.prefix(unit))));
        }
    }

    /** The name of the unit with this id, for requests that name the unit by id; refused (400) when there is none. */
    public String unitName(long unitId) {
        return units.nameOf(unitId).orElseThrow(() -> new UserAdminException(UserAdminException.Kind.INVALID,
                List.of(new UserAdminException.Problem(Field.UNIT_ID, "unknownUnitId",
                        List.of(String.valueOf(unitId))))));
    }

    /**
     * One page of the units a user may be placed in, in tree order, those whose name contains {@code text} (without
     * regard to case; every unit for a blank text).
     */
    @Transactional(readOnly = true)
    public List<UnitChoice> unitChoices(String text, int offset, int limit) {
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        return units.choices().stream().filter(unit -> unit.name().toLowerCase(java.util.Locale.ROOT)
                .contains(wanted)).skip(offset).limit(limit).toList();
    }

    /** The unit of this name as a picker offers it; empty when there is none. */
    @Transactional(readOnly = true)
    public java.util.Optional<UnitChoice> unitChoice(String name) {
        return units.choices().stream().filter(unit -> unit.name().equals(name)).findFirst();
    }

    /** Every unit's id by name, so that a list of users says each user's unit id. */
    public java.util.Map<String, Long> unitIds() {
        return units.idsByName();
    }

    private static UserAdminException.Problem tooLong(Field field, int max) {
        return new UserAdminException.Problem(field, "tooLong", List.of(String.valueOf(max)));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
