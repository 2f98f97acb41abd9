package cn.techcity.cockpit.domain;

/** The status of a battle task on the 督办 (supervision) list. */
public enum TaskStatus {
    NOT_STARTED("未开始"), IN_PROGRESS("进行中"), DONE("已完成"), DELAYED("已延期"), TO_ADJUST("待调整");

    private final String chinese;

    TaskStatus(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }
}
