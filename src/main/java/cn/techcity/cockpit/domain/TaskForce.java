package cn.techcity.cockpit.domain;

import java.util.Objects;

/** A task force (专班: one platform, one task force, one plan) competing in the 双月赛马比拼. */
public record TaskForce(String code, String sectionCode, int ord, String name) {
    public TaskForce {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(name, "name");
    }
}
