package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A major (重大项目) or construction project with its stage and investment in 亿元. */
public record Project(String code, String sectionCode, int ord, String name, ProjectStage stage, BuildType buildType,
                      BigDecimal investmentPlanned, BigDecimal investmentCompleted, String note, boolean sample) {
    public Project {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
    }
}
