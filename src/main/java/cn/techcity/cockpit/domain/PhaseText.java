package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year's phased targets as clerks write them (the 目标 sheet's way): {@code 上半年(6月):45.0;前三季度(9月):70}. One
 * text for 结构维护 and the 结构 sheet; parsed with the indicator's precision.
 */
public final class PhaseText {
    private static final Pattern ENTRY = Pattern.compile("\\s*(.+?)\\s*[(（]\\s*(\\d{1,2})\\s*月\\s*[)）]\\s*[:：]\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*");

    /** The phases, or the problem with the text. */
    public record Parsed(List<TargetPhase> phases, Text problem) {
    }

    private PhaseText() {
    }

    public static String format(List<TargetPhase> phases) {
        StringBuilder b = new StringBuilder();
        for (TargetPhase p : phases.stream().sorted(java.util.Comparator.comparingInt(TargetPhase::byMonth)).toList()) {
            if (!b.isEmpty()) {
                b.append(';');
            }
            b.append(p.label()).append('(').append(p.byMonth()).append("月):").append(p.value().stripTrailingZeros().toPlainString());
        }
        return b.toString();
    }

    public static Parsed parse(String text, int decimals) {
        List<TargetPhase> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new Parsed(out, null);
        }
        TreeMap<Integer, TargetPhase> byMonth = new TreeMap<>();
        for (String entry : text.split("[;；]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                return new Parsed(List.of(), Text.of("struct.phase-form", entry.strip()));
            }
            int month = Integer.parseInt(m.group(2));
            String label = m.group(1);
            BigDecimal value = new BigDecimal(m.group(3));
            if (month < 1 || month > 11) {
                return new Parsed(List.of(), Text.of("struct.phase-month", entry.strip()));
            }
            if (label.length() > 32) {
                return new Parsed(List.of(), Text.of("struct.phase-label", entry.strip()));
            }
            if (value.stripTrailingZeros().scale() > decimals) {
                return new Parsed(List.of(), Text.of("struct.phase-decimals", entry.strip(), Integer.toString(decimals)));
            }
            if (byMonth.put(month, new TargetPhase(month, label, value)) != null) {
                return new Parsed(List.of(), Text.of("struct.phase-twice", Integer.toString(month)));
            }
        }
        return new Parsed(List.copyOf(byMonth.values()), null);
    }
}
