package org.perfgoals.indicator.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a qualitative target is a recognised evaluative wording (健全, 合规, 有效预防、及时处理) that a
 * person can judge as met or not, or a description that only says what the project does (按月组织实施…), which
 * the importer must flag. The rule:
 * <ol>
 * <li>the whole text is at most {@value #MAX_LENGTH} characters, without digits;</li>
 * <li>split on 、，； and spaces, every piece — after dropping degree words such as 基本, 较为, 进一步 —
 *   is an evaluative word ({@link #EVALUATIVE}), or is at most 4 characters and starts with one (及时处理,
 *   有效预防), or is at most 6 characters and ends with one (管理制度健全).</li>
 * </ol>
 * Anything else is free text.
 */
final class QualitativeWording {

    static final int MAX_LENGTH = 16;

    static final Set<String> EVALUATIVE = Set.of("健全", "完善", "合规", "合法", "有效", "充分", "规范", "良好", "较好",
            "优良", "优秀", "达标", "合格", "及时", "准确", "安全", "稳定", "高效", "到位", "合理", "完整", "明确", "清晰",
            "公开", "透明", "公平", "公正", "按时", "足额", "齐全", "科学", "可行", "严格", "满意", "落实", "正常", "畅通",
            "便捷", "符合", "立即", "显著", "明显", "完备", "可靠", "有序", "平稳", "顺利", "准时", "全覆盖", "可持续", "持续",
            "提升", "提高", "改善", "增强", "得当", "适当", "恰当", "精准", "快捷", "健康", "满足", "通过", "达到");

    private static final List<String> DEGREE = List.of("基本", "较为", "比较", "非常", "十分", "全面", "完全", "全部",
            "进一步", "不断", "逐步", "有所", "得到", "均", "已", "较", "很", "更加", "更");

    private static final Pattern PIECES = Pattern.compile("[、，,；;\\s]+");

    private QualitativeWording() {
    }

    static boolean recognised(String normalized) {
        String text = normalized.replaceAll("[。.!！]+$", "").strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String piece : PIECES.split(text)) {
            if (!piece.isEmpty() && !evaluative(piece) && !evaluative(withoutDegree(piece))) {
                return false;
            }
        }
        return true;
    }

    private static String withoutDegree(String piece) {
        String text = piece;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String d : DEGREE) {
                if (text.startsWith(d) && text.length() > d.length()) {
                    text = text.substring(d.length());
                    changed = true;
                }
            }
        }
        return text;
    }

    private static boolean evaluative(String piece) {
        if (EVALUATIVE.contains(piece)) {
            return true;
        }
        for (String word : EVALUATIVE) {
            if (piece.length() <= 4 && piece.startsWith(word) || piece.length() <= 6 && piece.endsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
