package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The year's target of an indicator: a base value (目标), an optional stretch (高线目标) and optional phases.
 * A null base means that no target was set: that is a state of its own, never zero.
 */
public record Target(String indicatorCode, int year, BigDecimal base, BigDecimal stretch, List<TargetPhase> phases,
                     boolean sample) {
    public Target {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        phases = phases == null ? List.of()
                : phases.stream().sorted(Comparator.comparingInt(TargetPhase::byMonth)).toList();
    }

    public static Target of(String indicatorCode, int year, BigDecimal base, BigDecimal stretch) {
        return new Target(indicatorCode, year, base, stretch, List.of(), false);
    }

    /** The phase that month {@code month} counts against: the first one due at or after it. */
    public Optional<TargetPhase> phaseFor(int month) {
        return phases.stream().filter(p -> p.byMonth() >= month && p.byMonth() < 12).findFirst();
    }
}
