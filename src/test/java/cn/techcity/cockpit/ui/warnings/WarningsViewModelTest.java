package cn.techcity.cockpit.ui.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Direction;
import cn.techcity.cockpit.domain.Fixtures;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.content.DocumentContent;
import cn.techcity.cockpit.ui.common.I18n;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 预警's words without a window: the entries, and the bad conditions (no target, no figures, December, no battles). */
class WarningsViewModelTest {
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<MonthlyFigure> figures = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<BattleTask> tasks = new ArrayList<>();
    private boolean battles = true;

    private Indicator indicator(String code, String section, String name, IndicatorKind kind, String unit) {
        Indicator i = new Indicator(code, section, indicators.size() + 1, name, unit, "xx.x", 1, Direction.AT_LEAST, kind, false, 0);
        indicators.add(i);
        return i;
    }

    private CockpitData data() {
        return new CockpitData(2026, 1, DocumentContent.sections().stream()
                .filter(s -> battles || s.kind() != SectionKind.BATTLE).toList(), indicators, targets, figures, List.of(),
                List.of(), tasks, DocumentContent.taskForces(), List.of(), List.of(), Map.of());
    }

    @Test
    void anEntrySaysItsGapAreaTaskForceFiguresAndPace() {
        Indicator i = indicator("A1-91", "A1", "国科大xx研究院引进项目", IndicatorKind.AMOUNT, "亿元");
        targets.add(Fixtures.target(i, 2026, "100", "120"));
        figures.add(Fixtures.figure(i, 2026, 4, "30"));
        figures.add(Fixtures.figure(i, 2026, 5, "30"));
        Indicator growth = indicator("A2-91", "A2", "增速", IndicatorKind.GROWTH_RATE, "%");
        targets.add(Fixtures.target(growth, 2026, "10", null));
        figures.add(Fixtures.figure(growth, 2026, 5, "4.0"));
        WarningsViewModel.Shown zh = WarningsViewModel.of(data(), 5, LocalDate.of(2026, 6, 1), I18n.chinese());
        assertThat(zh.summary()).isEqualTo("截至5月:滞后 1 项 · 略滞后 1 项 · 本月新转红 1 项 · 逾期任务 0 项 · 30天内到期 0 项");
        WarningsViewModel.Entry first = zh.behind().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.statusWord()).isEqualTo("滞后");
        assertThat(first.gap()).isEqualTo("低11.7个百分点");
        assertThat(first.facts()).isEqualTo("科创平台展开新篇章 · 责任专班:国科大xx研究院专班 · 完成率 30.0% · 序时 41.7%");
        assertThat(first.pace()).containsExactly("后续月均需完成10.0亿元,为1—5月月均的1.7倍,按目前进度全年预计完成72.0%",
                "高线目标:后续月均需完成12.9亿元,为1—5月月均的2.1倍");
        assertThat(first.was()).isEqualTo("上月略滞后");
        assertThat(zh.turnedRed()).containsExactly(first);
        WarningsViewModel.Entry second = zh.behind().get(1);
        assertThat(second.gap()).isEqualTo("低于目标6.0个百分点");
        assertThat(second.facts()).as("two task forces in 重大项目, none named: both are asked")
                .isEqualTo("重大项目跑出新速度 · 责任专班:招商引资专班、北斗产业专班 · 增长 4.0% · 目标 10.0%");
        assertThat(second.pace()).as("no 倒排 for a growth rate").isEmpty();
        assertThat(second.was()).isEqualTo("上月缺数据");

        WarningsViewModel.Shown en = WarningsViewModel.of(data(), 5, LocalDate.of(2026, 6, 1), I18n.english());
        assertThat(en.summary()).isEqualTo("As of month 5: 1 behind · 1 slightly behind · 1 newly red · 0 tasks overdue · 0 due within 30 days");
        assertThat(en.behind().get(0).facts()).endsWith("Task force: 国科大xx研究院专班 · Completion 30.0% · time progress 41.7%");
    }

    @Test
    void noTargetNoFiguresDecemberAndNoBattlesGiveSensibleWords() {
        Indicator noTarget = indicator("A1-91", "A1", "无目标", IndicatorKind.AMOUNT, "亿元");
        figures.add(Fixtures.figure(noTarget, 2026, 12, "5"));
        indicator("A1-92", "A1", "无数据", IndicatorKind.AMOUNT, "亿元");
        targets.add(Fixtures.target(indicators.get(1), 2026, "10", null));
        Indicator december = indicator("A5-91", "A5", "十二月", IndicatorKind.AMOUNT, "亩");
        targets.add(Fixtures.target(december, 2026, "100", "120"));
        figures.add(Fixtures.figure(december, 2026, 12, "80"));
        tasks.add(new BattleTask("K1", "B1", 1, "逾期任务", null, LocalDate.of(2026, 12, 1), TaskStatus.IN_PROGRESS, null));
        battles = false;
        for (I18n i18n : new I18n[] {I18n.chinese(), I18n.english()}) {
            WarningsViewModel.Shown s = WarningsViewModel.of(data(), 12, LocalDate.of(2026, 12, 20), i18n);
            assertThat(s.behind()).extracting(WarningsViewModel.Entry::indicatorCode).containsExactly("A5-91");
            WarningsViewModel.Entry e = s.behind().get(0);
            assertThat(e.pace()).as("December: no month left").isEmpty();
            assertThat(e.facts()).doesNotContain("null", "—");
            assertThat(s.tasks()).as("a year with no battles: no task to warn of").isEmpty();
            assertThat(s.summary()).doesNotContain("null");
        }
        battles = true;
        WarningsViewModel.Shown withBattle = WarningsViewModel.of(data(), 12, LocalDate.of(2026, 12, 20), I18n.chinese());
        assertThat(withBattle.summary()).endsWith("逾期任务 1 项 · 30天内到期 0 项");
        assertThat(withBattle.tasks()).singleElement().satisfies(t -> {
            assertThat(t.when()).isEqualTo("逾期 19 天");
            assertThat(t.line()).isEqualTo("打好“平台聚变”攻坚战 · 责任:未指定 · 12月1日到期");
            assertThat(t.overdue()).isTrue();
        });
        assertThat(WarningsViewModel.of(new CockpitData(2026, 1, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()), 1, LocalDate.of(2026, 2, 1), I18n.chinese()).summary())
                .as("an empty store").isEqualTo("截至1月:滞后 0 项 · 略滞后 0 项 · 本月新转红 0 项 · 逾期任务 0 项 · 30天内到期 0 项");
    }
}
