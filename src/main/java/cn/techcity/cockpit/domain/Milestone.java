package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A milestone named in a work area (xx实验室挂牌落地, 双创二期装修完成 xx% …).
 *
 * @param progress percent done when the document gives one; null otherwise
 */
public record Milestone(String code, String sectionCode, int ord, String title, MilestoneStatus status,
                        BigDecimal progress, boolean sample) {
    public Milestone {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
    }
}
