package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.List;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Cuts a file into its forms. A form starts at its title, a line of its own naming a "…项目绩效目标申报表"
 * (上海市财政支出项目绩效目标申报表, 项目支出绩效目标申报表 of other regions, …) or the national
 * "项目支出绩效目标表".
 */
final class FormSplitter {

    /** 绩效目标申报表 (Shanghai's and the national 申报表), 绩效目标表 (the national 项目支出绩效目标表). */
    private static final List<String> TITLE_WORDS = List.of("绩效目标申报表", "绩效目标表");
    /** A title is short; a sentence quoting the form's name inside a text field is not a title. */
    private static final int MAX_TITLE_LENGTH = 60;

    private FormSplitter() {
    }

    static List<FormText> split(List<Row> rows) {
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (isTitle(rows.get(i))) {
                titles.add(i);
            }
        }
        List<FormText> forms = new ArrayList<>();
        for (int t = 0; t < titles.size(); t++) {
            int from = titles.get(t);
            boolean last = t == titles.size() - 1;
            int to = last ? rows.size() : titles.get(t + 1);
            forms.add(new FormText(t + 1, rows.get(from), rows.subList(from + 1, to), last));
        }
        return forms;
    }

    static boolean isTitle(Row row) {
        List<String> cells = row.nonEmptyCells();
        return cells.size() == 1
                && cells.getFirst().length() <= MAX_TITLE_LENGTH
                && TITLE_WORDS.stream().anyMatch(HalfWidth.key(cells.getFirst())::contains);
    }
}
