package org.perfgoals.security.user;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginAccountFailureRepository extends JpaRepository<LoginAccountFailure, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from LoginAccountFailure f where f.key = :key")
    Optional<LoginAccountFailure> findForUpdate(String key);

    @Modifying
    @Query("delete from LoginAccountFailure f where f.lockedUntil is null or f.lockedUntil <= :now")
    int deleteUnlockedAt(Instant now);

    @Modifying
    @Query("delete from LoginAccountFailure f where f.key = :key")
    int deleteByKey(String key);
}
