package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Reads a checkbox field (项目类型, 资金用途). Some forms print each box before its label, others after it,
 * and OCR drops a box or a label here and there, so the side is decided per field: the side on which more
 * labels (known ones counting double) find a box next to them.
 */
final class CheckboxReader {

    /**
     * What the field says: the labels of ticked boxes ({@code unknownTicked} are those not in the
     * vocabulary, kept as written), the boxes that have no label, the labels that have no box.
     */
    record Reading(List<String> ticked, List<String> unknownTicked, int unlabeledTicked, int unlabeledUnticked,
                   List<String> labelsWithoutBox) {
    }

    private enum Side { BOX_BEFORE_LABEL, BOX_AFTER_LABEL }

    private record Token(boolean isBox, boolean ticked, String label, boolean known) {
        static Token box(boolean ticked) {
            return new Token(true, ticked, null, false);
        }

        static Token label(String label, boolean known) {
            return new Token(false, false, label, known);
        }
    }

    /**
     * A box as forms print it: the web form's input; a glyph (□ ☐ ■ ☑ ☒, ticks √ ✓ ✔, circles 〇 ○ ●, and OCR's 口 for
     * an empty box); a tick or nothing in brackets, (√) [√] 【√】 （ ）.
     */
    private static final Pattern BOX = Pattern.compile("<\\s*input\\b[^>]*>"
            + "|[(\\[（【〔]\\s*[√✓✔☑☒■●×✗xX]?\\s*[)\\]）】〕]"
            + "|[☐□☑☒■√✓✔〇○●口]", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT_CHECKED = Pattern.compile("\\bchecked\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GLYPH_CHECKED = Pattern.compile("[☑☒■√✓✔●×✗xX]");

    private final List<String> vocabulary;
    private final Pattern vocabularyPattern;

    CheckboxReader(List<String> vocabulary) {
        this.vocabulary = List.copyOf(vocabulary);
        this.vocabularyPattern = Pattern.compile(vocabulary.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(word -> "(" + LabelMatcher.spacedPattern(word).pattern() + ")")
                .reduce((a, b) -> a + "|" + b).orElseThrow());
    }

    Reading read(List<String> cells) {
        List<Token> tokens = tokenize(cells);
        Side side = side(tokens);
        int step = side == Side.BOX_AFTER_LABEL ? -1 : 1; // from a box to its label
        List<String> ticked = new ArrayList<>();
        List<String> unknownTicked = new ArrayList<>();
        int unlabeledTicked = 0;
        int unlabeledUnticked = 0;
        List<Token> labelled = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token box = tokens.get(i);
            if (!box.isBox()) {
                continue;
            }
            Token label = labelAt(tokens, i + step);
            if (label == null) {
                unlabeledTicked += box.ticked() ? 1 : 0;
                unlabeledUnticked += box.ticked() ? 0 : 1;
                continue;
            }
            labelled.add(label);
            if (box.ticked()) {
                ticked.add(label.label());
                if (!label.known()) {
                    unknownTicked.add(label.label());
                }
            }
        }
        List<String> withoutBox = tokens.stream()
                .filter(token -> !token.isBox() && labelled.stream().noneMatch(l -> l == token))
                .map(Token::label).toList();
        return new Reading(ticked, unknownTicked, unlabeledTicked, unlabeledUnticked, withoutBox);
    }

    private static boolean isTicked(String box) {
        return box.startsWith("<") ? INPUT_CHECKED.matcher(box).find() : GLYPH_CHECKED.matcher(box).find();
    }

    private static Token labelAt(List<Token> tokens, int index) {
        return index >= 0 && index < tokens.size() && !tokens.get(index).isBox() ? tokens.get(index) : null;
    }

    private static Side side(List<Token> tokens) {
        int before = score(tokens, -1);
        int after = score(tokens, 1);
        if (before != after) {
            return before > after ? Side.BOX_BEFORE_LABEL : Side.BOX_AFTER_LABEL;
        }
        return !tokens.isEmpty() && tokens.getFirst().isBox() ? Side.BOX_BEFORE_LABEL : Side.BOX_AFTER_LABEL;
    }

    /** How well labels pair with a box on the given side (-1 before, +1 after). */
    private static int score(List<Token> tokens, int offset) {
        int score = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int neighbour = i + offset;
            if (!tokens.get(i).isBox() && neighbour >= 0 && neighbour < tokens.size()
                    && tokens.get(neighbour).isBox()) {
                score += tokens.get(i).known() ? 2 : 1;
            }
        }
        return score;
    }

    private List<Token> tokenize(List<String> cells) {
        List<Token> tokens = new ArrayList<>();
        for (String cell : cells) {
            Matcher box = BOX.matcher(cell);
            int textStart = 0;
            while (box.find()) {
                addLabels(cell.substring(textStart, box.start()), tokens);
                tokens.add(Token.box(isTicked(box.group())));
                textStart = box.end();
            }
            addLabels(cell.substring(textStart), tokens);
        }
        return tokens;
    }

    /** Known labels are cut out of the text even when OCR lost the box between two of them. */
    private void addLabels(String text, List<Token> tokens) {
        String folded = HalfWidth.fold(text);
        Matcher known = vocabularyPattern.matcher(folded);
        int pieceStart = 0;
        while (known.find()) {
            addUnknown(text.substring(pieceStart, known.start()), tokens);
            tokens.add(Token.label(vocabularyWord(known), true));
            pieceStart = known.end();
        }
        addUnknown(text.substring(pieceStart), tokens);
    }

    private String vocabularyWord(Matcher known) {
        String key = HalfWidth.key(known.group());
        return vocabulary.stream().filter(word -> HalfWidth.key(word).equals(key)).findFirst().orElse(key);
    }

    private static void addUnknown(String piece, List<Token> tokens) {
        String label = piece.strip()
                .replaceAll("^[\\p{Punct}\\p{IsPunctuation}\\s]+|[\\p{Punct}\\p{IsPunctuation}\\s]+$", "");
        if (label.codePoints().anyMatch(Character::isLetterOrDigit)) {
            tokens.add(Token.label(label, false));
        }
    }
}
