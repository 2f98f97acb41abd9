package cn.techcity.cockpit.store;

/** What an account may do in the shared mode. */
public enum Role {
    /** Edits, and manages the accounts. */
    ADMIN("管理员"),
    /** Enters figures, targets, tasks, projects and scores. */
    EDITOR("编辑"),
    /** Looks only (the wall, leaders' seats). */
    VIEWER("查看");

    private final String chinese;

    Role(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }

    public boolean mayEdit() {
        return this != VIEWER;
    }
}
