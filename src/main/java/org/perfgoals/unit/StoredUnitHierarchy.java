package org.perfgoals.unit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perfgoals.security.UnitChoice;
import org.perfgoals.security.UnitHierarchy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The access rules' view of the unit table: one recursive query per question, no copy kept in this JVM. */
@Service
@Transactional(readOnly = true)
class StoredUnitHierarchy implements UnitHierarchy {

    private final UnitTable table;
    private final UnitRepository units;

    StoredUnitHierarchy(UnitTable table, UnitRepository units) {
        this.table = table;
        this.units = units;
    }

    @Override
    public Set<String> unitAndBelow(String unitName) {
        Set<String> names = table.subtreeNames(unitName);
        return names.isEmpty() ? Set.of(unitName) : names;
    }

    @Override
    public Optional<String> nameOf(long unitId) {
        return units.findById(unitId).map(Unit::getName);
    }

    @Override
    public Map<String, Long> idsByName() {
        return table.idsByName();
    }

    @Override
    public List<UnitChoice> choices() {
        return table.tree().listing().stream()
                .map(placed -> new UnitChoice(placed.node().id(), placed.node().name(), placed.depth())).toList();
    }

    @Override
    public boolean exists(String unitName) {
        return units.existsByName(unitName);
    }
}
