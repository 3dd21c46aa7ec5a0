package org.perfgoals.security.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.AbstractEntity;
import org.perfgoals.security.user.UserAccount;

/** One API token of a user: its name, dates and the digest of its secret (never the secret). */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private @Nullable UserAccount user;

    @Column(nullable = false, length = ApiTokens.MAX_NAME)
    private String name;

    @Column(nullable = false, unique = true, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {
        this.name = "";
        this.digest = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    ApiToken(UserAccount user, String name, String digest, Instant createdAt, Instant expiresAt) {
        this.user = user;
        this.name = name;
        this.digest = digest;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    UserAccount getUser() {
        if (user == null) {
            throw new IllegalStateException("token without user");
        }
        return user;
    }

    String getName() {
        return name;
    }

    String getDigest() {
        return digest;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Whether the token may be used at {@code now}: not revoked and not expired. */
    boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    ApiTokenRecord toRecord(Instant now) {
        return new ApiTokenRecord(getId(), name, createdAt, expiresAt, lastUsedAt, !now.isBefore(expiresAt));
    }
}
