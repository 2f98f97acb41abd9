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

    /** Null when {@code text} may be saved; else why not. */
    public static Text problem(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            return Text.of("msg.text-too-long", Integer.toString(max), Integer.toString(text.length()));
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7F) {
                return Text.of("msg.control-character", Integer.toString(i + 1), String.format("%04X", (int) ch));
            }
        }
        return null;
    }
}
