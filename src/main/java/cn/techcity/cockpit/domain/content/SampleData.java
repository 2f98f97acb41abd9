package cn.techcity.cockpit.domain.content;

import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.Mask;
import cn.techcity.cockpit.domain.Milestone;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.TaskForceScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Demo figures that follow each mask's digit pattern (xx.x → 10.0..99.9), for months 1..N of the reporting year, last
 * year's twelve months (so that a derived 同比 can be shown) and the targets. Every figure is marked as sample.
 * Deterministic for a given year and month, so that screenshots and tests are repeatable.
 */
public final class SampleData {
    public static final String AUTHOR = "示例数据";

    private final int year;
    private final int cutoffMonth;
    private final Instant enteredAt;
    private final List<MonthlyFigure> figures = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();

    private SampleData(int year, int cutoffMonth, Instant enteredAt) {
        this.year = year;
        this.cutoffMonth = cutoffMonth;
        this.enteredAt = enteredAt;
    }

    /** Generates the sample for the reporting year {@code year} with figures up to month {@code cutoffMonth}. */
    public static SampleData generate(List<Indicator> indicators, int year, int cutoffMonth, Instant enteredAt) {
        if (cutoffMonth < 1 || cutoffMonth > 12) {
            throw new IllegalArgumentException("cut-off month must be 1..12: " + cutoffMonth);
        }
        SampleData s = new SampleData(year, cutoffMonth, enteredAt);
        for (Indicator indicator : indicators) {
            RandomGenerator random = random(indicator.code(), year);
            if (indicator.planYearOffset() > 0) {
                s.planTarget(indicator, random);
            } else {
                s.indicator(indicator, random);
            }
        }
        return s;
    }

    public List<MonthlyFigure> figures() {
        return List.copyOf(figures);
    }

    public List<Target> targets() {
        return List.copyOf(targets);
    }

    /** Sample progress for the milestones whose progress the document masks. */
    public static List<Milestone> milestones(List<Milestone> structure, int year) {
        List<Milestone> out = new ArrayList<>();
        for (Milestone m : structure) {
            String mask = DocumentContent.MILESTONE_PROGRESS_MASKS.get(m.code());
            if (mask == null) {
                out.add(m);
            } else {
                RandomGenerator r = random(m.code(), year);
                out.add(new Milestone(m.code(), m.sectionCode(), m.ord(), m.title(), m.status(),
                        fromMask(mask, r, 0.6, 0.95), true));
            }
        }
        return out;
    }

    /** Sample investment (亿元, x.xx) for the projects. */
    public static List<Project> projects(List<Project> structure, int year) {
        List<Project> out = new ArrayList<>();
        for (Project p : structure) {
            RandomGenerator r = random(p.code(), year);
            BigDecimal planned = fromMask("xx.xx", r, 0.0, 0.6);
            double done = switch (p.stage()) {
                case SIGNED, LISTED -> 0.02 + 0.08 * r.nextDouble();
                case STARTED -> 0.1 + 0.2 * r.nextDouble();
                case UNDER_CONSTRUCTION -> 0.3 + 0.4 * r.nextDouble();
                case TRIAL, IN_OPERATION -> 0.75 + 0.2 * r.nextDouble();
                case COMPLETED -> 1.0;
            };
            BigDecimal completed = planned.multiply(BigDecimal.valueOf(done)).setScale(2, RoundingMode.HALF_UP);
            out.add(new Project(p.code(), p.sectionCode(), p.ord(), p.name(), p.stage(), p.buildType(), planned,
                    completed, p.note(), true));
        }
        return out;
    }

    /** Sample scores for every complete two-month period up to the cut-off. */
    public static List<TaskForceScore> scores(List<TaskForce> taskForces, int year, int cutoffMonth) {
        List<TaskForceScore> out = new ArrayList<>();
        for (TaskForce tf : taskForces) {
            RandomGenerator r = random(tf.code(), year);
            double level = 82 + 12 * r.nextDouble();
            for (int period = 1; period <= TaskForceScore.lastCompletePeriod(cutoffMonth); period++) {
                double score = Math.min(100, level + 6 * (r.nextDouble() - 0.5));
                out.add(new TaskForceScore(tf.code(), year, period,
                        BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP), true));
            }
        }
        return out;
    }

    private void indicator(Indicator indicator, RandomGenerator random) {
        BigDecimal atCutoff = fromMask(indicator.mask(), random, 0.15, 0.85);
        int d = indicator.decimals();
        boolean ahead = DocumentContent.AHEAD_OF_TARGET.contains(indicator.code());
        switch (indicator.kind()) {
            case AMOUNT, COUNT -> {
                double[] path = cumulativePath(random, cutoffMonth);
                String growthMask = DocumentContent.REPORTED_GROWTH_MASKS.get(indicator.code());
                double growth = 0.04 + 0.18 * random.nextDouble();
                for (int m = 1; m <= cutoffMonth; m++) {
                    BigDecimal v = scaled(atCutoff, path[m], d);
                    BigDecimal reported = growthMask == null ? null
                            : BigDecimal.valueOf(100 * (growth + 0.03 * (random.nextDouble() - 0.5)))
                            .setScale(Mask.decimals(growthMask), RoundingMode.HALF_UP);
                    figures.add(figure(indicator, year, m, v, reported));
                }
                // Last year: the whole year, a little lower, so that 同比 can be derived where none is reported.
                double[] lastPath = cumulativePath(random, 12);
                BigDecimal lastAtCutoff = atCutoff.divide(BigDecimal.valueOf(1 + growth), 6, RoundingMode.HALF_UP);
                BigDecimal lastYearTotal = lastAtCutoff.divide(BigDecimal.valueOf(Math.max(lastPath[cutoffMonth], 0.05)),
                        6, RoundingMode.HALF_UP);
                for (int m = 1; m <= 12; m++) {
                    figures.add(figure(indicator, year - 1, m, scaled(lastYearTotal, lastPath[m], d), null));
                }
                // pace = 完成率 / 序时进度: ≥ 1 green, 0.9..1 amber below; the document's "提前完成" ones are past 100 %.
                double pace = 0.78 + 0.4 * random.nextDouble();
                double completionAtCutoff = ahead ? 1.02 + 0.3 * random.nextDouble() : pace * cutoffMonth / 12.0;
                BigDecimal base = atCutoff.divide(BigDecimal.valueOf(completionAtCutoff), d, RoundingMode.HALF_UP);
                if (base.signum() == 0) {
                    base = BigDecimal.ONE.setScale(d);
                }
                BigDecimal stretch = indicator.headline() || random.nextInt(4) == 0
                        ? base.multiply(BigDecimal.valueOf(1.1)).setScale(d, RoundingMode.HALF_UP) : null;
                targets.add(new Target(indicator.code(), year, base, stretch, List.of(), true));
                targets.add(new Target(indicator.code(), year - 1, lastYearTotal.setScale(d, RoundingMode.HALF_UP),
                        null, List.of(), true));
            }
            case GROWTH_RATE -> {
                for (int m = 1; m <= cutoffMonth; m++) {
                    double wobble = 1 + 0.25 * (random.nextDouble() - 0.5) * (cutoffMonth - m) / Math.max(1, cutoffMonth);
                    figures.add(figure(indicator, year, m,
                            atCutoff.multiply(BigDecimal.valueOf(wobble)).setScale(d, RoundingMode.HALF_UP), null));
                }
                boolean stretchMet = indicator.code().equals("A1-01"); // 完成增长xx%的高线目标
                double f = stretchMet ? 0.7 : 0.85 + 0.3 * random.nextDouble();
                BigDecimal base = atCutoff.multiply(BigDecimal.valueOf(f)).setScale(Math.max(0, d - 1), RoundingMode.HALF_UP);
                BigDecimal stretch = stretchMet
                        ? atCutoff.multiply(BigDecimal.valueOf(0.9)).setScale(0, RoundingMode.HALF_UP) : null;
                targets.add(new Target(indicator.code(), year, base, stretch, List.of(), true));
            }
            case LEVEL -> {
                double start = 0.7 + 0.2 * random.nextDouble();
                for (int m = 1; m <= cutoffMonth; m++) {
                    double share = start + (1 - start) * m / cutoffMonth;
                    figures.add(figure(indicator, year, m, scaled(atCutoff, share, d), null));
                }
                double f = 0.9 + 0.2 * random.nextDouble();
                targets.add(new Target(indicator.code(), year,
                        atCutoff.multiply(BigDecimal.valueOf(f)).setScale(d, RoundingMode.HALF_UP), null, List.of(), true));
            }
            default -> throw new IllegalStateException("unknown kind " + indicator.kind());
        }
    }

    private void planTarget(Indicator indicator, RandomGenerator random) {
        targets.add(new Target(indicator.code(), year + indicator.planYearOffset(),
                fromMask(indicator.mask(), random, 0.3, 0.9), null, List.of(), true));
    }

    /**
     * A generator per code and year. SplittableRandom mixes its seed: java.util.Random with the near-identical seeds of
     * "A3-01", "A3-02" … gave near-identical first numbers, so every tile of an area looked alike.
     */
    private static RandomGenerator random(String code, int year) {
        return new SplittableRandom(code.hashCode() * 1_000_003L + year);
    }

    private MonthlyFigure figure(Indicator indicator, int y, int m, BigDecimal value, BigDecimal reported) {
        return new MonthlyFigure(indicator.code(), y, m, value, reported, null, Revision.PROVISIONAL, AUTHOR, enteredAt,
                true);
    }

    /** Cumulative shares for months 1..n of a span, path[n] = 1, increasing: uneven months, like real reports. */
    private static double[] cumulativePath(RandomGenerator random, int n) {
        double[] w = new double[n + 1];
        double sum = 0;
        for (int m = 1; m <= n; m++) {
            w[m] = 0.7 + 0.6 * random.nextDouble();
            sum += w[m];
        }
        double[] path = new double[Math.max(n, 12) + 1];
        double acc = 0;
        for (int m = 1; m <= n; m++) {
            acc += w[m];
            path[m] = acc / sum;
        }
        for (int m = n + 1; m < path.length; m++) {
            path[m] = 1;
        }
        return path;
    }

    private static BigDecimal scaled(BigDecimal total, double share, int decimals) {
        return total.multiply(BigDecimal.valueOf(share)).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * A number that fits the mask: {@code xx.x} gives 10.0..99.9, {@code x} 1..9. {@code lo..hi} picks the part of that
     * range (0 = its bottom, 1 = its top), so that samples look like the document's orders of magnitude.
     */
    static BigDecimal fromMask(String mask, RandomGenerator random, double lo, double hi) {
        int intDigits = Mask.integerDigits(mask);
        int decimals = Mask.decimals(mask);
        double min = intDigits == 1 ? 1 : Math.pow(10, intDigits - 1);
        double max = Math.pow(10, intDigits) - Math.pow(10, -decimals);
        double v = min + (max - min) * (lo + (hi - lo) * random.nextDouble());
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
    }
}
