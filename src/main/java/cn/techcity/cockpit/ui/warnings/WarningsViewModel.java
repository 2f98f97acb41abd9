package cn.techcity.cockpit.ui.warnings;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.domain.Warnings;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.tiles.PaceWords;
import cn.techcity.cockpit.ui.tiles.StatusStyle;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What 预警 shows, in words, from {@link Warnings}: one entry per indicator behind (its gap, area, task force, figures and
 * 倒排), the ones newly red, the battle tasks late or due soon. Plain data: a test reads it without a window.
 */
public final class WarningsViewModel {
    private WarningsViewModel() {
    }

    /**
     * An indicator behind.
     *
     * @param rank  its place among the behind (1 = most behind)
     * @param gap   the gap as the tiles say it (低11.7个百分点)
     * @param facts area · task force · 完成率 and 序时 (or growth and target)
     * @param pace  the 倒排 lines; empty where none means anything
     * @param was   its status last month (上月略滞后); null in January
     */
    public record Entry(String indicatorCode, String sectionCode, Status status, int rank, String name, String statusWord,
                        String gap, String facts, List<String> pace, String was) {
    }

    /**
     * A battle task late or due soon.
     *
     * @param when 逾期 14 天 / 剩 5 天 / 今天到期
     * @param line battle · owner · due date
     */
    public record TaskEntry(String taskCode, String battleCode, boolean overdue, String when, String title, String line) {
    }

    /** The view's content at one month on one day. */
    public record Shown(String summary, List<Entry> behind, List<Entry> turnedRed, List<TaskEntry> tasks) {
    }

    public static Shown of(CockpitData data, int month, LocalDate today, I18n i18n) {
        Warnings w = Warnings.of(data, month, today);
        List<Entry> behind = new java.util.ArrayList<>();
        for (int k = 0; k < w.behind().size(); k++) {
            behind.add(entry(data, i18n, w.behind().get(k), k + 1));
        }
        List<Entry> turnedRed = behind.stream().filter(e -> w.turnedRed().stream()
                .anyMatch(b -> b.indicator().code().equals(e.indicatorCode()))).toList();
        List<TaskEntry> tasks = w.tasks().stream().map(a -> task(data, i18n, a)).toList();
        long red = w.behind().stream().filter(b -> b.status() == Status.RED).count();
        long overdue = w.tasks().stream().filter(Warnings.TaskAlert::overdue).count();
        String summary = i18n.t("warnings.summary", Integer.toString(month), Long.toString(red),
                Long.toString(w.behind().size() - red), Integer.toString(w.turnedRed().size()), Long.toString(overdue),
                Long.toString(w.tasks().size() - overdue));
        return new Shown(summary, List.copyOf(behind), turnedRed, tasks);
    }

    private static Entry entry(CockpitData data, I18n i18n, Warnings.Behind b, int rank) {
        Indicator i = b.indicator();
        Assessment a = b.assessment();
        String facts = b.area().title() + " · " + owner(data, i18n, b) + " · " + figures(i18n, a);
        List<String> pace = PaceWords.lines(i18n, i, a.month(), Warnings.yearPace(data, i, a.month()));
        String was = b.lastMonth() == null ? null : i18n.t("warnings.was", i18n.t(StatusStyle.messageKey(b.lastMonth())));
        return new Entry(i.code(), i.sectionCode(), b.status(), rank, i.name(), i18n.t(StatusStyle.messageKey(b.status())),
                java.util.Objects.requireNonNullElse(cn.techcity.cockpit.ui.tiles.GapWords.of(i18n, a), ""), facts, pace, was);
    }

    /** The owning task force; where the data names none, the task forces of the area (who to ask). */
    private static String owner(CockpitData data, I18n i18n, Warnings.Behind b) {
        if (b.owner() != null) {
            return i18n.t("warnings.owner", b.owner().name());
        }
        List<String> names = Warnings.taskForcesOf(data, b.area().code()).stream().map(TaskForce::name).toList();
        return names.isEmpty() ? i18n.t("warnings.owner-none") : i18n.t("warnings.owner", String.join("、", names));
    }

    private static String figures(I18n i18n, Assessment a) {
        Indicator i = a.indicator();
        if (i.kind() == IndicatorKind.GROWTH_RATE) {
            return i18n.t("warnings.growth", ValueFormat.withUnit(a.value(), i), ValueFormat.withUnit(a.target(), i));
        }
        if (a.timeProgress() == null) {
            return i18n.t("warnings.level", ValueFormat.withUnit(a.value(), i), ValueFormat.withUnit(a.target(), i));
        }
        return i18n.t("warnings.completion", ValueFormat.percentOfFraction(a.completion()),
                ValueFormat.percentOfFraction(a.timeProgress()));
    }

    private static TaskEntry task(CockpitData data, I18n i18n, Warnings.TaskAlert a) {
        String when = a.overdue() ? i18n.t("warnings.task-overdue", Long.toString(a.daysOverdue()))
                : a.daysLeft() == 0 ? i18n.t("warnings.task-due-today") : i18n.t("warnings.task-days-left", Long.toString(a.daysLeft()));
        String owner = a.task().owner() == null || a.task().owner().isBlank() ? i18n.t("warnings.task-no-owner") : a.task().owner();
        String line = i18n.t("warnings.task-line", a.battle().title(), owner, i18n.date(a.task().due(), data.year()));
        return new TaskEntry(a.task().code(), a.battle().code(), a.overdue(), when, a.task().title(), line);
    }
}
