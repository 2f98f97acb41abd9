package cn.techcity.cockpit.domain;

import java.math.BigDecimal;

/**
 * What a clerk typed into a number cell, read the way Excel users write numbers: full-width digits (１２３), thousands
 * separators (1,234.5), a leading +, a trailing % and surrounding blanks are accepted and normalised; anything else
 * is refused with a message that says why, in Chinese first.
 */
public final class NumberInput {
    private NumberInput() {
    }

    /**
     * @param value   the number; null for an empty cell (which clears the figure) or when {@code error} is set
     * @param percent the text ended with %
     * @param problem why the text is not a number; null when it is one
     */
    public record Parsed(BigDecimal value, boolean percent, Text problem) {
        public boolean ok() {
            return problem == null;
        }

        /** Why it is not a number, in both languages (the command line); null when it is one. */
        public String error() {
            return problem == null ? null : problem.both();
        }

        public boolean empty() {
            return ok() && value == null;
        }
    }

    public static Parsed parse(String raw) {
        if (raw == null) {
            return new Parsed(null, false, null);
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '．' || c == '。') {
                c = '.';
            } else if (c == '，') {
                c = ',';
            } else if (c == '－' || c == '−' || c == '—' && raw.strip().length() > 1) {
                c = '-';
            } else if (c == '＋') {
                c = '+';
            } else if (c == '％') {
                c = '%';
            } else if (c == '\u00a0' || c == '\u3000') {
                c = ' ';
            }
            b.append(c);
        }
        String s = b.toString().strip();
        if (s.isEmpty() || s.equals("—") || s.equals("——")) {
            return new Parsed(null, false, null);
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        String sign = "";
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.startsWith("-") ? "-" : "";
            s = s.substring(1).strip();
        }
        if (s.isEmpty() || !s.matches("[0-9,.]+")) {
            return error(raw, "msg.not-a-number");
        }
        int dot = s.indexOf('.');
        if (dot != s.lastIndexOf('.')) {
            return error(raw, "msg.two-points");
        }
        String integer = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (fraction.contains(",")) {
            return error(raw, "msg.separator-in-decimals");
        }
        if (integer.contains(",")) {
            if (!integer.matches("[0-9]{1,3}(,[0-9]{3})+")) {
                return error(raw, "msg.separators-misplaced");
            }
            integer = integer.replace(",", "");
        }
        if (integer.isEmpty() && fraction.isEmpty()) {
            return error(raw, "msg.not-a-number");
        }
        return new Parsed(new BigDecimal(sign + (integer.isEmpty() ? "0" : integer) + (fraction.isEmpty() ? "" : "." + fraction)),
                percent, null);
    }

    private static Parsed error(String raw, String key) {
        return new Parsed(null, false, Text.of(key, raw.strip()));
    }
}
