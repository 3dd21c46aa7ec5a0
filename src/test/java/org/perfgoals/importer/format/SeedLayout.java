package org.perfgoals.importer.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The seed's tab-separated forms laid out as a Word or Excel user would have them: single-cell lines are paragraphs,
 * runs of multi-cell lines are tables (a blank line ends one). Where the text leaves a cell empty because a merged cell
 * above continues (the 一级 and 二级 of the indicator table, the label of the budget table and of a second line of
 * checkboxes), the table gets a real vertical merge; a last value followed by empty cells spans them.
 */
final class SeedLayout {

    static final String SEED = "/seed/000_9a3baee883589cca.txt";
    private static final List<String> MERGED_LABELS = List.of("项目当年投入资金构成", "项目类型", "资金用途");

    /** One line: its cells, which continue the cell above (vertical merge), and where a trailing span starts. */
    record Line(List<String> cells, boolean[] continues, int spanFrom) {
        boolean isTable() {
            return cells.size() > 1;
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    private SeedLayout() {
    }

    static byte[] seedBytes() {
        try (InputStream in = SeedLayout.class.getResourceAsStream(SEED)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seedText() {
        return new String(seedBytes(), StandardCharsets.UTF_8);
    }

    static List<Line> seed() {
        return layout(seedText());
    }

    static List<Line> layout(String text) {
        String[] raw = text.replace("\r\n", "\n").split("\n", -1);
        List<Line> lines = new ArrayList<>();
        List<List<String>> resolved = new ArrayList<>();
        boolean inIndicators = false;
        for (int i = 0; i < raw.length; i++) {
            List<String> cells = Arrays.stream(raw[i].split("\t", -1)).map(String::strip).toList();
            boolean[] continues = new boolean[cells.size()];
            boolean header = cells.stream().anyMatch(cell -> cell.contains("指标目标值"));
            if (!cells.isEmpty() && cells.getFirst().startsWith("备注")) {
                inIndicators = false;
            }
            Line above = i > 0 ? lines.get(i - 1) : null;
            List<String> aboveCells = i > 0 ? resolved.get(i - 1) : List.of();
            boolean aboveIsHeader = aboveCells.stream().anyMatch(cell -> cell.contains("指标目标值"));
            if (cells.size() > 1 && above != null && above.isTable() && !above.isBlank() && !aboveIsHeader
                    && cells.getFirst().isEmpty() && !aboveCells.getFirst().isEmpty()
                    && (inIndicators || MERGED_LABELS.stream().anyMatch(aboveCells.getFirst()::startsWith))) {
                continues[0] = true;
                if (inIndicators && cells.get(1).isEmpty() && aboveCells.size() > 1) {
                    continues[1] = true;
                }
            }
            List<String> resolvedCells = new ArrayList<>(cells);
            for (int c = 0; c < cells.size(); c++) {
                if (continues[c]) {
                    resolvedCells.set(c, aboveCells.get(c));
                }
            }
            int spanFrom = -1;
            if (cells.size() > 1 && !inIndicators && !header && !continues[0]) {
                int last = cells.size() - 1;
                while (last > 0 && cells.get(last).isEmpty()) {
                    last--;
                }
                if (last >= 1 && last < cells.size() - 1 && !cells.get(last).isEmpty()
                        && MERGED_LABELS.stream().noneMatch(cells.getFirst()::startsWith)) {
                    spanFrom = last;
                }
            }
            if (header) {
                inIndicators = true;
            }
            lines.add(new Line(cells, continues, spanFrom));
            resolved.add(resolvedCells);
        }
        return lines;
    }

    /** The forms of the layout, one list of lines each, cut before each title (the first keeps what precedes it). */
    static List<List<Line>> forms(List<Line> lines) {
        List<List<Line>> forms = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines) {
            boolean title = line.cells().stream().filter(cell -> !cell.isEmpty()).count() == 1
                    && line.cells().stream().anyMatch(cell -> cell.contains("绩效目标申报表") && cell.length() <= 60);
            if (title && current.stream().anyMatch(l -> l.cells().stream().anyMatch(c -> c.contains("绩效目标申报表")))) {
                forms.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        forms.add(current);
        return forms;
    }

    /** The web form's checkbox markup as glyphs. */
    static String glyphs(String cell, String ticked, String unticked) {
        return cell.replaceAll("<input[^>]*checked[^>]*>", ticked).replaceAll("<input[^>]*>", unticked);
    }

    /** A free text's {@code <p>} paragraphs, one each; a cell without them is one paragraph. */
    static List<String> paragraphs(String cell) {
        if (!cell.contains("<p")) {
            return List.of(cell);
        }
        return Arrays.stream(cell.split("(?i)</p\\s*>"))
                .map(part -> part.replaceAll("(?i)<p[^>]*>", "").strip())
                .filter(part -> !part.isEmpty()).toList();
    }
}
