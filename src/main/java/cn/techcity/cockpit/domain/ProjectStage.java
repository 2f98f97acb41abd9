package cn.techcity.cockpit.domain;

/** The stages a project goes through, in order: a pipeline reads left to right. */
public enum ProjectStage {
    SIGNED("签约"), LISTED("摘牌"), STARTED("开工"), UNDER_CONSTRUCTION("在建"), TRIAL("试投产"), IN_OPERATION("投产"),
    COMPLETED("建成");

    private final String chinese;

    ProjectStage(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }
}
