package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The cells written for one field, line by line as they were found (a value can run over several lines). */
final class FieldValue {

    /** The value cells of one line; {@code note} is what the label's brackets said on that line (元, 万元). */
    record Fragment(int line, String note, List<String> cells) {
        Fragment {
            cells = List.copyOf(cells);
        }

        List<String> nonEmptyCells() {
            return cells.stream().filter(cell -> !cell.isEmpty()).toList();
        }
    }

    private final int firstLine;
    private final List<Fragment> fragments = new ArrayList<>();

    FieldValue(int firstLine) {
        this.firstLine = firstLine;
    }

    void add(Fragment fragment) {
        fragments.add(fragment);
    }

    int firstLine() {
        return firstLine;
    }

    List<Fragment> fragments() {
        return List.copyOf(fragments);
    }

    boolean isEmpty() {
        return fragments.stream().allMatch(fragment -> fragment.nonEmptyCells().isEmpty());
    }

    /** The text of all lines, one line each, or null when nothing was written. */
    @Nullable String text() {
        String text = fragments.stream()
                .map(fragment -> String.join(" ", fragment.nonEmptyCells()))
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }

    /** The line of the first written value, or of the label when nothing was written. */
    int valueLine() {
        return fragments.stream().filter(fragment -> !fragment.nonEmptyCells().isEmpty())
                .mapToInt(Fragment::line).findFirst().orElse(firstLine);
    }

    boolean notesMention(String word) {
        return fragments.stream().anyMatch(fragment -> fragment.note().contains(word));
    }
}
