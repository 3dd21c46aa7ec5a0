package org.perfgoals.importer;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;
import org.perfgoals.unit.UnitQueries;
import org.perfgoals.unit.UnitRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an import may put the units its forms name that do not exist yet: an admin under any unit or at the top
 * (for an admin to move later), a manager under their own unit or a unit below it. The import checks the choice
 * again ({@link ImportService}); this is what the import view offers, and what it starts from.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class NewUnitParents {

    private final UnitQueries units;
    private final UnitAccess access;
    private final CurrentUser currentUser;

    NewUnitParents(UnitQueries units, UnitAccess access, CurrentUser currentUser) {
        this.units = units;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The units the caller may place new units under, parents before their children. */
    public List<UnitRecord> choices() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return units.tree();
        }
        Predicate<String> reviewable = access.reviewable();
        return units.tree().stream().filter(unit -> reviewable.test(unit.name())).toList();
    }

    /** What the import does without a choice: the top for an admin, the manager's own unit otherwise. */
    public Optional<UnitRecord> byDefault() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return Optional.empty();
        }
        String own = access.ownUnit();
        return choices().stream().filter(unit -> unit.name().equals(own)).findFirst();
    }
}
