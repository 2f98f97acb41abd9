package cn.techcity.cockpit.domain;

/** 新建 (started this year) or 续建 (continued from an earlier year). */
public enum BuildType {
    NEW("新建"), CONTINUING("续建");

    private final String chinese;

    BuildType(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }
}
