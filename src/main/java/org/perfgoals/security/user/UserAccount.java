package org.perfgoals.security.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.AbstractEntity;
import org.perfgoals.security.Role;

/** A person who may log in. Disabled, never deleted, once they have a history. */
@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private @Nullable String email;

    /** The unit's name, as projects hold it today; null for people of no unit (admin, leader at the top). */
    @Column(name = "unit_name")
    private @Nullable String unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** A language tag (zh-CN, en); null until the user picks one. */
    @Column(length = 20)
    private @Nullable String language;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private @Nullable Instant passwordChangedAt;

    @Version
    private long version;

    protected UserAccount() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(String username, String displayName, @Nullable String email, @Nullable String unit, Set<Role> roles,
                String passwordHash, boolean mustChangePassword, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.unit = unit;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void setUnit(@Nullable String unit) {
        this.unit = unit;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** A new hash; {@code mustChange} when someone else chose the password (an admin's reset). */
    void setPassword(String passwordHash, boolean mustChange, Instant at) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = at;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    void setLanguage(@Nullable String language) {
        this.language = language;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
