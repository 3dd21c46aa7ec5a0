package org.perfgoals.security.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByEnabledTrue();

    @Modifying
    @Query("update UserAccount u set u.lastLoginAt = :at where u.username = :username")
    int updateLastLogin(String username, Instant at);
}
