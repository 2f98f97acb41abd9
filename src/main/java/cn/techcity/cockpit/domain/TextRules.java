package cn.techcity.cockpit.domain;

/**
 * What a free text (a note, a task's owner) may hold: as many characters as the store keeps, and no control
 * characters other than tab and line break (a workbook cannot carry them: they would not come back as typed).
 */
public final class TextRules {
    /** A figure's or a task's note (进展情况, 备注). */
    public static final int NOTE_MAX = 1000;
    /** A task's owner (责任专班). */
    public static final int OWNER_MAX = 100;

    private TextRules() {
    }

    /** Null when {@code text} may be saved; else why not, Chinese first. */
    public static String problem(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            return "超过 " + max + " 字(现有 " + text.length() + " 字)/ longer than " + max + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7F) {
                return "第 " + (i + 1) + " 个字符是不可见的控制字符(U+" + String.format("%04X", (int) ch) + "),请删除"
                        + " / character " + (i + 1) + " is an invisible control character: remove it";
            }
        }
        return null;
    }
}
