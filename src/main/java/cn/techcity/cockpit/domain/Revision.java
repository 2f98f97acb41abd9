package cn.techcity.cockpit.domain;

/** Whether a monthly figure is the first report (快报) or a revised one (修订). */
public enum Revision {
    PROVISIONAL("快报"), REVISED("修订");

    private final String chinese;

    Revision(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }
}
