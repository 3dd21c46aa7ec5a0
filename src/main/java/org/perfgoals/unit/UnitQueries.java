package org.perfgoals.unit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfgoals.base.NotFoundException;
import org.perfgoals.unit.domain.UnitTree;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The units as records, in tree order with their counts: three queries whatever the number of units. */
@Service
@Transactional(readOnly = true)
public class UnitQueries {

    private final UnitTable table;

    UnitQueries(UnitTable table) {
        this.table = table;
    }

    /** Every unit, parents before their children (for admins and for the pickers of who may choose a unit). */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public List<UnitRecord> tree() {
        List<UnitTree.Placed> listing = table.tree().listing();
        Map<String, Long> projects = table.projectCounts();
        Map<String, Long> users = table.userCounts();
        Map<Long, String> names = listing.stream().map(UnitTree.Placed::node)
                .collect(Collectors.toMap(UnitTree.Node::id, UnitTree.Node::name));
        return listing.stream().map(placed -> {
            UnitTree.Node node = placed.node();
            return new UnitRecord(node.id(), node.name(), node.parentId(),
                    node.parentId() == null ? null : names.get(node.parentId()), placed.depth(),
                    projects.getOrDefault(node.name(), 0L), users.getOrDefault(node.name(), 0L));
        }).toList();
    }

    /**
     * Every unit outside {@code id}'s subtree, in tree order: where the unit may be moved or merged into (the unit
     * itself and the units below it would put it below itself).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<UnitRecord> outside(long id) {
        Set<Long> below = table.tree().subtree(id);
        return tree().stream().filter(unit -> !below.contains(unit.id())).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public UnitRecord get(long id) {
        return tree().stream().filter(unit -> unit.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("unit", id));
    }
}
