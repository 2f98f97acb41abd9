package cn.techcity.cockpit.store;

import java.math.BigDecimal;

/** A task force's score for a two-month period; null clears it. Against the version loaded (-1: none then). */
public record ScoreEdit(String taskForceCode, int year, int period, BigDecimal score, int expectedVersion) {
    public String key() {
        return taskForceCode + "/" + year + "/" + period;
    }
}
