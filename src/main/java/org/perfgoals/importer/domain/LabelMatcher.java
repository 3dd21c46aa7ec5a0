package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Recognises a label cell ("项目总预算（元）", "申报单位名称：X（盖章）", "联系电话 63678103", "项 目 名 称") by
 * its words, tolerant to spaces and full-width brackets. A cell is a label only when the words are followed
 * by nothing, a bracketed note, a colon or a space, so that free text starting with the same words
 * ("项目实施计划完成率", "分解目标内容") is not taken for one.
 */
final class LabelMatcher {

    /** A label found in a cell: its field, what its brackets say (元, 万元, 盖章) and a value in the same cell. */
    record Match(FormField field, int cell, String note, String inlineValue) {
    }

    private record Candidate(FormField field, String words, Pattern pattern) {
    }

    private static final List<Candidate> CANDIDATES = candidates();

    private LabelMatcher() {
    }

    static List<Match> matches(Row row) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            match(row.cell(i), i).ifPresent(matches::add);
        }
        return matches;
    }

    static Optional<Match> match(String cell, int index) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        String folded = HalfWidth.fold(cell);
        for (Candidate candidate : CANDIDATES) {
            Matcher matcher = candidate.pattern().matcher(folded);
            if (matcher.lookingAt()) {
                Optional<Match> match = afterWords(candidate.field(), index, cell, folded, matcher.end());
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Match> afterWords(FormField field, int index, String cell, String folded, int start) {
        int position = start;
        StringBuilder note = new StringBuilder();
        boolean separated = false;
        while (true) {
            int beforeSpaces = position;
            position = skipSpaces(folded, position);
            separated |= position > beforeSpaces;
            if (position < folded.length() && folded.charAt(position) == '(' && folded.indexOf(')', position) > 0) {
                int close = folded.indexOf(')', position);
                note.append(folded, position + 1, close);
                position = close + 1;
                separated = true;
            } else {
                break;
            }
        }
        if (position < folded.length() && folded.charAt(position) == ':') {
            position = skipSpaces(folded, position + 1);
            separated = true;
        }
        if (position < folded.length() && !separated) {
            return Optional.empty();
        }
        return Optional.of(new Match(field, index, note.toString().strip(), cell.substring(position).strip()));
    }

    private static int skipSpaces(String text, int position) {
        int at = position;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Longest words first, so 同名项目上年预算执行数 wins over a shorter label that starts the same way. */
    private static List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        for (FormField field : FormField.values()) {
            for (String words : field.labels()) {
                candidates.add(new Candidate(field, words, spacedPattern(words)));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.words().length()).reversed());
        return List.copyOf(candidates);
    }

    /** The words with optional spaces between the characters, as OCR spreads labels over a wide cell. */
    static Pattern spacedPattern(String words) {
        StringBuilder regex = new StringBuilder();
        String folded = HalfWidth.fold(words);
        for (int i = 0; i < folded.length(); i++) {
            if (i > 0) {
                regex.append("\\s*");
            }
            regex.append(Pattern.quote(String.valueOf(folded.charAt(i))));
        }
        return Pattern.compile(regex.toString());
    }
}
