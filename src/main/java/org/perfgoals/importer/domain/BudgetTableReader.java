package org.perfgoals.importer.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Reads 项目当年投入资金构成: a header (子项目名称⇥预算金额（元）) and one row per sub-item, the first on the
 * label's row, the others continuing with an empty first cell. A sub-item's name is its first written cell
 * and its amount the last one, so an empty column between them does not matter.
 */
final class BudgetTableReader {

    private BudgetTableReader() {
    }

    static List<BudgetItemData> read(FieldValue table, FormIssues issues) {
        boolean inTenThousands = table.notesMention("万元") || table.fragments().stream()
                .filter(BudgetTableReader::isHeader)
                .anyMatch(header -> header.cells().stream().anyMatch(AmountText::mentionsTenThousands));
        List<BudgetItemData> items = new ArrayList<>();
        for (FieldValue.Fragment row : table.fragments()) {
            List<String> cells = row.nonEmptyCells();
            if (!cells.isEmpty() && !isHeader(row)) {
                readItem(cells, row.line(), inTenThousands, issues).ifPresent(items::add);
            }
        }
        return items;
    }

    private static Optional<BudgetItemData> readItem(List<String> cells, int line, boolean inTenThousands,
                                                     FormIssues issues) {
        String first = cells.getFirst();
        if (cells.size() == 1) {
            if (AmountText.looksLikeAmount(first)) {
                issues.warning("budget.item.nameMissing", line, first);
                return Optional.of(new BudgetItemData(null, AmountText.parse(first, inTenThousands).orElseThrow(),
                        line));
            }
            issues.warning("budget.item.amountMissing", line, first);
            return Optional.of(new BudgetItemData(first, null, line));
        }
        String amountText = cells.subList(1, cells.size()).reversed().stream()
                .filter(AmountText::looksLikeAmount).findFirst().orElse(cells.getLast());
        Optional<BigDecimal> amount = AmountText.parse(amountText, inTenThousands);
        if (amount.isEmpty()) {
            issues.error("amount.invalid", line, FormField.BUDGET_ITEMS.printedLabel() + "：" + first, amountText);
        }
        return Optional.of(new BudgetItemData(first, amount.orElse(null), line));
    }

    /** The header names its columns and holds no amount. */
    private static boolean isHeader(FieldValue.Fragment row) {
        List<String> cells = row.nonEmptyCells();
        return cells.stream().noneMatch(AmountText::looksLikeAmount)
                && cells.stream().map(HalfWidth::key).anyMatch(cell -> cell.startsWith("预算金额")
                || cell.startsWith("金额") || cell.startsWith("子项目名称"));
    }
}
