package org.perfgoals.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByName(String name);

    boolean existsByName(String name);

    List<Unit> findByNameIn(Collection<String> names);
}
