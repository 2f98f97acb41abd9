package cn.techcity.cockpit.domain;

/** How an indicator stands against its target, as the 时间过半、任务过半 rule reads it. */
public enum Status {
    /** On pace for, or past, the 高线目标. */
    STRETCH_MET,
    /** At or ahead of 序时进度. */
    GREEN,
    /** Behind 序时进度 by less than the amber band. */
    AMBER,
    /** Behind by the amber band or more. */
    RED,
    /** No figure for the month: never read as zero. */
    NO_DATA,
    /** A figure but no target to compare it with. */
    NO_TARGET;

    public boolean missing() {
        return this == NO_DATA || this == NO_TARGET;
    }
}
