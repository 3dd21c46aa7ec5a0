package org.perfgoals.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.unit.domain.UnitName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units that imports and start-up name before anything refers to them: which are still missing, and creating them
 * under a parent (or at the top, for an admin to move). The callers decide who may do so; this only stores.
 */
@Service
@Transactional
public class UnitPlacement {

    private final UnitRepository units;
    private final Clock clock;

    UnitPlacement(UnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** The names (as stored, see {@link UnitName}) that are no unit yet, in the order given. */
    @Transactional(readOnly = true)
    public List<String> missing(Collection<String> names) {
        Set<String> wanted = new LinkedHashSet<>(names);
        units.findByNameIn(wanted).forEach(unit -> wanted.remove(unit.getName()));
        return List.copyOf(wanted);
    }

    /** Creates each missing unit under {@code parentId} (null: at the top) and answers the names created. */
    public List<String> createMissing(Collection<String> names, @Nullable Long parentId) {
        List<String> missing = missing(names);
        Instant now = clock.instant();
        units.saveAll(missing.stream().map(name -> new Unit(name, parentId, now)).toList());
        units.flush();
        return missing;
    }

    /** The unit of this name, creating it at the top when missing; answers its id. */
    public long ensure(String name, @Nullable Long parentId) {
        Optional<Unit> found = units.findByName(name);
        return found.orElseGet(() -> units.saveAndFlush(new Unit(name, parentId, clock.instant()))).getId();
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOf(String name) {
        return units.findByName(name).map(Unit::getId);
    }

    @Transactional(readOnly = true)
    public Optional<String> nameOf(long id) {
        return units.findById(id).map(Unit::getName);
    }
}
