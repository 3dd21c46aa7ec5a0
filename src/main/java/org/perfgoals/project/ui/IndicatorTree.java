package org.perfgoals.project.ui;

import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.TargetDisplay;

/** The indicator tree: 一级 → 二级 → indicator, each indicator with its target as written and as read. */
class IndicatorTree extends TreeGrid<IndicatorTree.Node> {

    /** Up to this many indicators the tree shows all its rows; beyond, it scrolls. */
    static final int ALL_ROWS_UP_TO = 50;

    /** A row: a category (level 1 or 2, told apart by its key) or an indicator. */
    record Node(String key, String label, IndicatorRecord indicator) {
        boolean isIndicator() {
            return indicator != null;
        }
    }

    /** The usual order of the 一级 categories; anything else follows in form order. */
    private static final List<String> LEVEL1_ORDER = List.of("投入和管理目标", "产出目标", "效果目标", "影响力目标");

    IndicatorTree(List<IndicatorRecord> indicators) {
        addHierarchyColumn(Node::label).setHeader(getTranslation("indicator.name")).setFlexGrow(3)
                .setResizable(true);
        addColumn(this::shownTarget)
                .setHeader(getTranslation("indicator.targetText")).setFlexGrow(2).setResizable(true);
        // Text, not a component per row: the grid renders only the rows in view, however many there are. A free
        // text target is marked by its cell's part name and explained in the tooltip.
        addColumn(this::reading).setHeader(getTranslation("indicator.reading")).setFlexGrow(2)
                .setPartNameGenerator(node -> node.isIndicator() && node.indicator().freeText() ? "free-text" : null)
                .setTooltipGenerator(node -> node.isIndicator() && node.indicator().freeText()
                        ? getTranslation("indicator.freeText") : null);
        TreeData<Node> data = treeData(indicators);
        setDataProvider(new TreeDataProvider<>(data));
        expandRecursively(data.getRootItems(), 2);
        // A usual form shows whole; a long one scrolls inside a fixed height (rendering only the visible rows).
        if (indicators.size() <= ALL_ROWS_UP_TO) {
            setAllRowsVisible(true);
        } else {
            setHeight("40em");
        }
        addClassName("indicator-tree");
    }

    String reading(Node node) {
        return node.isIndicator() ? TargetInWords.of(this, node.indicator().target()) : "";
    }

    private TreeData<Node> treeData(List<IndicatorRecord> indicators) {
        String unclassified = getTranslation("indicator.unclassified");
        Map<String, Map<String, List<IndicatorRecord>>> groups = new LinkedHashMap<>();
        indicators.stream()
                .sorted(Comparator.comparingInt(indicator -> level1Rank(indicator.level1())))
                .forEach(indicator -> groups
                        .computeIfAbsent(Objects.requireNonNullElse(indicator.level1(), unclassified),
                                key -> new LinkedHashMap<>())
                        .computeIfAbsent(Objects.requireNonNullElse(indicator.level2(), ""),
                                key -> new java.util.ArrayList<>())
                        .add(indicator));
        TreeData<Node> data = new TreeData<>();
        groups.forEach((level1, level2Groups) -> {
            Node level1Node = new Node("1:" + level1, level1, null);
            data.addItem(null, level1Node);
            level2Groups.forEach((level2, members) -> {
                Node parent = level1Node;
                // A level-2 cell that only repeats the indicator's own name adds no grouping.
                boolean sameAsOnlyIndicator = members.size() == 1 && level2.equals(members.getFirst().name());
                if (!level2.isEmpty() && !sameAsOnlyIndicator) {
                    parent = new Node("2:" + level1 + "/" + level2, level2, null);
                    data.addItem(level1Node, parent);
                }
                for (IndicatorRecord indicator : members) {
                    data.addItem(parent, new Node("3", indicator.name(), indicator));
                }
            });
        });
        return data;
    }

    private static int level1Rank(String level1) {
        int rank = level1 == null ? -1 : LEVEL1_ORDER.indexOf(level1);
        return rank < 0 ? LEVEL1_ORDER.size() : rank;
    }

    /** The declared target as the form prints it (≥98.00%, not the $\geq 98.00\%$ its source typed). */
    String shownTarget(Node node) {
        return node.isIndicator() ? TargetDisplay.readable(node.indicator().targetText()) : "";
    }
}
