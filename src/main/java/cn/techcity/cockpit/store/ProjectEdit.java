package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.BuildType;
import cn.techcity.cockpit.domain.ProjectStage;
import java.math.BigDecimal;

/** A project as the clerk left it: stage, 新建/续建, investment planned and completed (亿元), against the version loaded. */
public record ProjectEdit(String code, ProjectStage stage, BuildType buildType, BigDecimal planned, BigDecimal completed,
                          int expectedVersion) {
}
