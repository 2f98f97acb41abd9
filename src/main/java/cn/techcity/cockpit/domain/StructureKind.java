package cn.techcity.cockpit.domain;

import java.util.Locale;
import java.util.Optional;

/** The kinds of named item the committee maintains (issue 15): what the 结构 sheet's 类型 column says. */
public enum StructureKind {
    INDICATOR("指标", "indicator", "indicator"),
    PROJECT("项目", "project", "project"),
    TASK("任务", "task", "battle_task"),
    MILESTONE("节点", "milestone", "milestone"),
    TASK_FORCE("专班", "task force", "task_force"),
    /** A battle (攻坚战) of a plan year: its 所属 is the year its plan is for. */
    BATTLE("攻坚战", "battle", "section");

    private final String chinese;
    private final String english;
    private final String table;

    StructureKind(String chinese, String english, String table) {
        this.chinese = chinese;
        this.english = english;
        this.table = table;
    }

    public String chinese() { return chinese; }

    public String english() { return english; }

    /** The store's table (and the audit trail's entity). */
    public String table() { return table; }

    /** What a clerk may write in the 类型 column: 指标, indicator, INDICATOR … */
    public static Optional<StructureKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (StructureKind k : values()) {
            if (k.chinese.equals(t) || k.english.equalsIgnoreCase(t) || k.name().equalsIgnoreCase(t.replace(' ', '_'))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** What its items belong to: a work area or a section with indicators, or a battle. */
    public boolean belongsToBattle() {
        return this == TASK;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : chinese;
    }
}
