package cn.techcity.cockpit.ui.battle;

import java.time.LocalDate;

/** Where a date falls in the plan year, for the timeline: 0 on 1 January, 1 on 31 December. */
public final class BattleViewModel {
    private BattleViewModel() {
    }

    public static double fractionOfYear(LocalDate day, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        double days = first.lengthOfYear() - 1;
        return (day.toEpochDay() - first.toEpochDay()) / days;
    }
}
