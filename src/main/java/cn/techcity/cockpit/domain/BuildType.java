package cn.techcity.cockpit.domain;

/** 新建 (started this year), 续建 (continued from an earlier year), 收尾 (being finished) or 预备 (prepared, not started). */
public enum BuildType {
    NEW("新建"), CONTINUING("续建"), FINISHING("收尾"), PREPARING("预备");

    private final String chinese;

    BuildType(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }
}
