package org.perfgoals.unit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    //        1 局
    //       / \
    //  2 乙中心  3 甲中心
    //      |
    //    4 分部          5 另一局 (top)       6 (parent 99 missing)
    private final UnitTree tree = new UnitTree(List.of(
            new UnitTree.Node(4, "分部", 2L),
            new UnitTree.Node(1, "局", null),
            new UnitTree.Node(3, "甲中心", 1L),
            new UnitTree.Node(2, "乙中心", 1L),
            new UnitTree.Node(5, "另一局", null),
            new UnitTree.Node(6, "孤儿", 99L)));

    @Test
    void aSubtreeHoldsTheUnitAndEverythingBelowIt() {
        assertThat(tree.subtree(1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(tree.subtree(2)).containsExactlyInAnyOrder(2L, 4L);
        assertThat(tree.subtree(4)).containsExactly(4L);
        assertThat(tree.subtree(5)).containsExactly(5L);
    }

    @Test
    void aMoveBelowItselfIsACycle() {
        assertThat(tree.wouldCycle(1, 4L)).isTrue();
        assertThat(tree.wouldCycle(2, 2L)).isTrue();
        assertThat(tree.wouldCycle(2, 3L)).isFalse();
        assertThat(tree.wouldCycle(4, 5L)).isFalse();
        assertThat(tree.wouldCycle(4, null)).isFalse();
    }

    @Test
    void theListingPutsParentsBeforeChildrenAndSiblingsByPinyin() {
        List<String> listed = tree.listing().stream()
                .map(placed -> placed.depth() + " " + placed.node().name()).toList();
        // gu 孤儿 (its parent is gone: at the top), ju 局, ling 另一局; below 局: jia 甲中心 before yi 乙中心.
        assertThat(listed).containsExactly("0 孤儿", "0 局", "1 甲中心", "1 乙中心", "2 分部", "0 另一局");
    }
}
