package org.perfgoals.indicator.domain;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the text of a target cell into one spelling before anything is read from it. Forms arrive from OCR,
 * Word and web editors, so the same target comes full-width (１００％), in traditional characters (萬, 個), in
 * LaTeX ($\geq 98.00\%$), wrapped in HTML or with ASCII comparators (>=); the readers only know one spelling.
 */
final class TargetText {

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,300}>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LATEX_TEXT = Pattern.compile("\\\\(?:text|mathrm|textrm|mbox)\\s*\\{([^{}]*)}");
    private static final Pattern LATEX_GE = Pattern.compile("\\\\(?:geqslant|geq|ge)(?![A-Za-z])");
    private static final Pattern LATEX_LE = Pattern.compile("\\\\(?:leqslant|leq|le)(?![A-Za-z])");
    private static final Pattern LATEX_GT = Pattern.compile("\\\\gt(?![A-Za-z])");
    private static final Pattern LATEX_LT = Pattern.compile("\\\\lt(?![A-Za-z])");
    private static final Pattern LATEX_APPROX = Pattern.compile("\\\\(?:approx|sim)(?![A-Za-z])");
    private static final Pattern LATEX_SPACE = Pattern.compile("\\\\[,;:! ]");
    /** "≥ 98": no space between a comparator sign and its number when shown. */
    private static final Pattern COMPARATOR_SPACE = Pattern.compile("([≥≤<>=≈])\\s+(?=[0-9])");
    /** 1,234 and 18,372,648: a comma between a digit and exactly three digits groups thousands. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=[0-9]),(?=[0-9]{3}(?![0-9]))");
    /** List numbering "1、" "2." "(3)" in front of a clause is not a target value. */
    private static final Pattern LIST_NUMBER = Pattern.compile("(^|[，,；;。:：\\s])[0-9]{1,2}\\s*(?:[、)）]|\\.(?![0-9]))");
    private static final Pattern PAREN_NUMBER = Pattern.compile("[（(][0-9]{1,2}[)）]");
    private static final Pattern FRACTION =
            Pattern.compile("([百千万])分之\\s*([0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)");
    /** 两小时, 三天: Chinese numerals are read only before a duration, where they are common and safe. */
    private static final Pattern CHINESE_DURATION =
            Pattern.compile("(?<![第统单唯同])([零〇一二两三四五六七八九十百]+)(?=个?小时|分钟|天|个?工作日|秒|个?星期|周|个月)");

    /** Traditional → simplified, for the characters that occur in target cells; pairs of equal position. */
    private static final String TRADITIONAL = "萬億個鐘鍾時於達內準標規範確處應實與為無費員數戶項場張臺單間響們滿務執預資專"
            + "條總計級較長過約點噸週關門節學課屆優劃現運營並產報險護動發體質績內鐘時達準兩";
    private static final String SIMPLIFIED  = "万亿个钟钟时于达内准标规范确处应实与为无费员数户项场张台单间响们满务执预资专"
            + "条总计级较长过约点吨周关门节学课届优划现运营并产报险护动发体质绩内钟时达准两";

    private TargetText() {
    }

    /** The text as a person would read it: markup removed, entities decoded, runs of white space made one. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = TAG.matcher(raw).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&ge;", "≥").replace("&le;", "≤").replace("&gt;", ">")
                .replace("&lt;", "<").replace("&amp;", "&").replace("&#37;", "%").replace("&quot;", "\"");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The one spelling the readers work on; see the class comment. */
    static String normalize(String cleaned) {
        String text = widthAndSymbols(cleaned);
        text = latex(text);
        text = text.replace(">=", "≥").replace("<=", "≤").replace("=>", "≥").replace("=<", "≤").replace("==", "=");
        text = THOUSANDS.matcher(text).replaceAll("");
        text = LIST_NUMBER.matcher(text).replaceAll("$1");
        text = PAREN_NUMBER.matcher(text).replaceAll("，");
        text = fractions(text);
        text = chineseDurations(text);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String widthAndSymbols(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int t = TRADITIONAL.indexOf(c);
            if (t >= 0) {
                out.append(SIMPLIFIED.charAt(t));
            } else if (c == '，') {
                out.append(c); // kept: a Chinese comma never groups thousands, an ASCII one may
            } else if (HalfWidth.isFullWidth(c)) {
                out.append(HalfWidth.fold(c));
            } else if (c == '\u3000' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (c >= '\u2460' && c <= '\u249B' || c >= '\u2776' && c <= '\u2793') {
                out.append('，'); // ①, ⑴, ⒈, ❶: item numbering separates clauses, it is no value
            } else {
                out.append(switch (c) {
                    case '≧', '⩾' -> '≥';
                    case '≦', '⩽' -> '≤';
                    case '﹪' -> '%';
                    case '–', '—', '―', '−', '﹣' -> '-';
                    case '〜', '∼' -> '~';
                    case '﹤' -> '<';
                    case '﹥' -> '>';
                    case '﹦' -> '=';
                    default -> c;
                });
            }
        }
        return out.toString();
    }

    /**
     * The target as a reader of the form sees it, for showing: markup and LaTeX turned into the characters they
     * print ($\geq 98.00\%$ → ≥98.00%), the numbers and words left as written.
     */
    static String readable(String raw) {
        String text = latex(clean(raw));
        text = COMPARATOR_SPACE.matcher(text).replaceAll("$1");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String latex(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('$') < 0) {
            return text;
        }
        String t = LATEX_TEXT.matcher(text).replaceAll("$1");
        t = t.replace("\\%", "%").replace("$", "");
        t = LATEX_GE.matcher(t).replaceAll("≥");
        t = LATEX_LE.matcher(t).replaceAll("≤");
        t = LATEX_GT.matcher(t).replaceAll(">");
        t = LATEX_LT.matcher(t).replaceAll("<");
        t = LATEX_APPROX.matcher(t).replaceAll("≈");
        t = LATEX_SPACE.matcher(t).replaceAll(" ");
        return t.replace("{", "").replace("}", "");
    }

    /** 千分之一 → 0.1%, 万分之五 → 0.05%, 百分之九十五 → 95%: a fraction is a percentage written out. */
    private static String fractions(String text) {
        if (!text.contains("分之")) {
            return text;
        }
        Matcher m = FRACTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal n = ChineseNumerals.value(m.group(2));
            String replacement = m.group();
            if (n != null) {
                BigDecimal percent = switch (m.group(1)) {
                    case "百" -> n;
                    case "千" -> n.movePointLeft(1);
                    default -> n.movePointLeft(2);
                };
                replacement = Numbers.plain(percent) + "%";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String chineseDurations(String text) {
        Matcher m = CHINESE_DURATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal n = ChineseNumerals.value(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(n == null ? m.group() : Numbers.plain(n)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
