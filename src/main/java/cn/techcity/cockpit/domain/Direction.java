package cn.techcity.cockpit.domain;

/** Which side of its target an indicator should land on, as the document words it. */
public enum Direction {
    /** 以上: at least the target (the usual case). */
    AT_LEAST("以上", "≥"),
    /** 以内: at most the target (lower is better). */
    AT_MOST("以内", "≤"),
    /** 左右: about the target. */
    ABOUT("左右", "≈");

    private final String chinese;
    private final String symbol;

    Direction(String chinese, String symbol) {
        this.chinese = chinese;
        this.symbol = symbol;
    }

    public String chinese() { return chinese; }

    public String symbol() { return symbol; }
}
