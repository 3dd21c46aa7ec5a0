package org.perfgoals.security.token;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.perfgoals.security.user.UserAccount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token of this digest with its user and the user's roles, in one query (every token request asks). */
    @Query("select t from ApiToken t join fetch t.user u left join fetch u.roles where t.digest = :digest")
    Optional<ApiToken> findByDigestWithUser(String digest);

    /** The user's tokens not revoked. */
    @Query("select t from ApiToken t where t.user.username = :username and t.revokedAt is null")
    List<ApiToken> findUnrevoked(String username);

    /** The user's tokens not revoked that expire after {@code since}, newest first. */
    @Query("select t from ApiToken t where t.user.username = :username and t.revokedAt is null "
            + "and t.expiresAt > :since order by t.createdAt desc, t.id desc")
    List<ApiToken> findListed(String username, Instant since);

    /** The user's tokens that may be used at {@code now}. */
    @Query("select count(t) from ApiToken t where t.user = :user and t.revokedAt is null and t.expiresAt > :now")
    long countActive(UserAccount user, Instant now);

    /** The user, locked until the transaction ends, so that two creations cannot both pass the limit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> lockUser(String username);

    /** Notes a use; a plain update, so that concurrent requests with one token never collide. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    int touch(long id, Instant at);
}
