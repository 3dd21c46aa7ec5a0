package org.perfgoals.unit.domain;

import java.text.Collator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The units as a tree: who is below whom, whether a move would make a unit its own ancestor, and the units in the
 * order a tree view lists them (each parent before its children, siblings by name as Chinese readers sort them:
 * by pinyin, through the zh collator).
 */
public final class UnitTree {

    /** One unit as the tree needs it. */
    public record Node(long id, String name, @Nullable Long parentId) {
    }

    /** A unit in listing order, with its depth (0 at the top). */
    public record Placed(Node node, int depth) {
    }

    private final Map<Long, Node> nodes = new HashMap<>();
    private final Map<Long, List<Node>> children = new HashMap<>();
    private final List<Node> roots = new ArrayList<>();

    public UnitTree(List<Node> units) {
        units.forEach(node -> nodes.put(node.id(), node));
        Comparator<Node> byName = Comparator.comparing(Node::name, Collator.getInstance(Locale.SIMPLIFIED_CHINESE))
                .thenComparing(Node::name);
        for (Node node : units.stream().sorted(byName).toList()) {
            // A parent that is missing puts the unit at the top rather than losing it.
            if (node.parentId() == null || !nodes.containsKey(node.parentId())) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
            }
        }
    }

    public boolean contains(long id) {
        return nodes.containsKey(id);
    }

    /** The unit and everything below it. */
    public Set<Long> subtree(long id) {
        Set<Long> found = new LinkedHashSet<>();
        Deque<Long> open = new ArrayDeque<>(List.of(id));
        while (!open.isEmpty()) {
            long next = open.pop();
            if (found.add(next)) {
                children.getOrDefault(next, List.of()).forEach(child -> open.push(child.id()));
            }
        }
        return found;
    }

    /** Whether placing {@code id} under {@code newParent} would put it below itself. */
    public boolean wouldCycle(long id, @Nullable Long newParent) {
        return newParent != null && subtree(id).contains(newParent);
    }

    /** Every unit, parents before their children, siblings by name. */
    public List<Placed> listing() {
        List<Placed> listed = new ArrayList<>();
        Deque<Placed> open = new ArrayDeque<>();
        roots.reversed().forEach(root -> open.push(new Placed(root, 0)));
        while (!open.isEmpty()) {
            Placed next = open.pop();
            listed.add(next);
            children.getOrDefault(next.node().id(), List.of()).reversed()
                    .forEach(child -> open.push(new Placed(child, next.depth() + 1)));
        }
        return listed;
    }
}
