package cn.techcity.cockpit.domain;

/** Where a milestone of a work area stands. */
public enum MilestoneStatus {
    NOT_STARTED("未开始"), IN_PROGRESS("推进中"), UNDER_REVIEW("评审中"), WAITING("待拆迁进场"), DONE("已完成");

    private final String chinese;

    MilestoneStatus(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }
}
