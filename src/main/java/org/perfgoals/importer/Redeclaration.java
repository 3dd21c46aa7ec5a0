package org.perfgoals.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.monitoring.read.RecordedSubjects;
import org.perfgoals.project.BudgetItem;
import org.perfgoals.project.Project;

/**
 * A corrected form replacing the declaration of a project that exists already. The project keeps its identity, so
 * its reports, alerts and history stay; each sub-item and indicator of the new form takes the place of the old one
 * it matches (same 一级, 二级 and name; else the same name, if only one has it), keeping the values recorded
 * against it. Old ones without a match go, unless they hold recorded values: then the replacement is refused.
 */
final class Redeclaration {

    private final Project existing;
    private final Project declared;
    private final List<Indicator> indicatorMatches;
    private final List<BudgetItem> itemMatches;

    Redeclaration(Project existing, Project declared) {
        this.existing = existing;
        this.declared = declared;
        this.indicatorMatches = match(existing.getIndicators(), declared.getIndicators(), Redeclaration::key,
                Indicator::getName);
        this.itemMatches = match(existing.getBudgetItems(), declared.getBudgetItems(), item -> strip(item.getName()),
                item -> strip(item.getName()));
    }

    Project existing() {
        return existing;
    }

    /** What would be lost: recorded indicators and sub-items that no part of the new form takes over. */
    List<ReplaceRefusal> refusals(RecordedSubjects recorded) {
        List<ReplaceRefusal> refusals = new ArrayList<>();
        existing.getIndicators().stream()
                .filter(old -> recorded.indicatorIds().contains(old.getId()) && !indicatorMatches.contains(old))
                .forEach(old -> refusals.add(new ReplaceRefusal(existing.getName(), true, old.getName())));
        existing.getBudgetItems().stream()
                .filter(old -> recorded.budgetItemIds().contains(old.getId()) && !itemMatches.contains(old))
                .forEach(old -> refusals.add(new ReplaceRefusal(existing.getName(), false, old.getName())));
        return refusals;
    }

    /** Writes the new declaration into the existing project, in the new form's order. */
    void apply() {
        existing.redeclareFields(declared);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < declared.getIndicators().size(); i++) {
            Indicator old = indicatorMatches.get(i);
            Indicator now = declared.getIndicators().get(i);
            if (old != null) {
                old.redeclare(now);
            }
            indicators.add(old != null ? old : now);
        }
        existing.getIndicators().clear();
        existing.getIndicators().addAll(indicators);
        List<BudgetItem> items = new ArrayList<>();
        for (int i = 0; i < declared.getBudgetItems().size(); i++) {
            BudgetItem old = itemMatches.get(i);
            if (old != null) {
                old.redeclare(declared.getBudgetItems().get(i));
            }
            items.add(old != null ? old : declared.getBudgetItems().get(i));
        }
        existing.getBudgetItems().clear();
        existing.getBudgetItems().addAll(items);
    }

    /**
     * For each new element, the old one it replaces or null: first by full key, then by name alone where exactly
     * one old and one new element carry that name. Each old element is taken once.
     */
    private static <T> List<T> match(List<T> old, List<T> now, Function<T, String> key, Function<T, String> name) {
        List<T> matches = new ArrayList<>();
        List<T> free = new ArrayList<>(old);
        for (T element : now) {
            T found = free.stream().filter(candidate -> key.apply(candidate).equals(key.apply(element))).findFirst()
                    .orElse(null);
            free.remove(found);
            matches.add(found);
        }
        for (int i = 0; i < now.size(); i++) {
            if (matches.get(i) != null) {
                continue;
            }
            String wanted = strip(name.apply(now.get(i)));
            List<T> sameName = free.stream().filter(candidate -> strip(name.apply(candidate)).equals(wanted)).toList();
            long newWithName = now.stream().filter(element -> strip(name.apply(element)).equals(wanted)).count();
            if (sameName.size() == 1 && newWithName == 1) {
                matches.set(i, sameName.getFirst());
                free.remove(sameName.getFirst());
            }
        }
        return matches;
    }

    private static String key(Indicator indicator) {
        return strip(indicator.getLevel1()) + "|" + strip(indicator.getLevel2()) + "|" + strip(indicator.getName());
    }

    private static String strip(String text) {
        return Objects.requireNonNullElse(text, "").strip();
    }
}
