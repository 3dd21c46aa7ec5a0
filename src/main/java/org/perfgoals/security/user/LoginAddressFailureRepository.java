package org.perfgoals.security.user;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginAddressFailureRepository extends JpaRepository<LoginAddressFailure, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from LoginAddressFailure f where f.address = :address")
    Optional<LoginAddressFailure> findForUpdate(String address);

    @Modifying
    @Query("delete from LoginAddressFailure f where f.heldBackUntil is null or f.heldBackUntil <= :now")
    int deleteFreeAt(Instant now);
}
