package cn.techcity.cockpit.domain;

/** How an indicator's figures accumulate over the year, which decides how it is compared with its target. */
public enum IndicatorKind {
    /** A cumulative amount from January (亿元, 万美元, 亩 …): compared with 序时进度. */
    AMOUNT,
    /** A cumulative count from January (个, 项, 家, 人, 次): compared with 序时进度. */
    COUNT,
    /** A growth rate in percent (增长 xx.x%): its growth is compared with the target growth. */
    GROWTH_RATE,
    /** A level reached at a moment (全职人才突破 xxx 人, 总投资 xxx 亿元): compared with the whole target. */
    LEVEL;

    /** True for figures that add up month by month, so that N/12 of the target is due by month N. */
    public boolean cumulative() {
        return this == AMOUNT || this == COUNT;
    }
}
