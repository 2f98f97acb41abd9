package cn.techcity.cockpit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.techcity.cockpit.domain.content.DocumentContent;
import cn.techcity.cockpit.domain.content.SampleData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 预警 on hand-made cases (ranking, 本月新转红, the tasks' windows) and on the sample the app seeds. */
class WarningsTest {
    private static final int YEAR = 2026;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<MonthlyFigure> figures = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<BattleTask> tasks = new ArrayList<>();

    private Indicator indicator(String code, String section, String name, IndicatorKind kind) {
        Indicator i = new Indicator(code, section, indicators.size() + 1, name, kind == IndicatorKind.GROWTH_RATE ? "%" : "亿元",
                "xx.x", 1, Direction.AT_LEAST, kind, false, 0);
        indicators.add(i);
        return i;
    }

    private void figure(Indicator i, int month, String value) {
        figures.add(Fixtures.figure(i, YEAR, month, value));
    }

    private void target(Indicator i, String base, String stretch) {
        targets.add(Fixtures.target(i, YEAR, base, stretch));
    }

    private void task(String code, String battle, String due, TaskStatus status) {
        tasks.add(new BattleTask(code, battle, tasks.size() + 1, "任务" + code, "招商引资专班",
                due == null ? null : LocalDate.parse(due), status, null));
    }

    private CockpitData data() {
        return new CockpitData(YEAR, 1, DocumentContent.sections(), indicators, targets, figures, List.of(), List.of(),
                tasks, DocumentContent.taskForces(), List.of(), List.of(), Map.of());
    }

    /**
     * After the turn of the year the battles' targets are the year's own (offset 0): 育新孵优's 新增高新技术企业 at 5 of 81
     * in October is 滞后 and counted as expected by 已填报 — 预警 must list it too. The plan year's targets (offset 1)
     * are not due yet and stay out.
     */
    @Test
    void aBattleIndicatorOfTheYearShownIsWarnedOfThePlanYearsIsNot() {
        Indicator ofTheYear = new Indicator("B3-01", "B3", 1, "新增高新技术企业", "家", "xx", 0, Direction.AT_LEAST,
                IndicatorKind.COUNT, false, 0);
        Indicator ofThePlan = new Indicator("B3-02", "B3", 2, "促成产学研合作", "项", "xx", 0, Direction.AT_LEAST,
                IndicatorKind.COUNT, false, 1);
        indicators.add(ofTheYear);
        indicators.add(ofThePlan);
        target(ofTheYear, "81", null);
        figure(ofTheYear, 10, "5");
        targets.add(Fixtures.target(ofThePlan, YEAR + 1, "40", null));

        Warnings w = Warnings.of(data(), 10, LocalDate.of(2026, 11, 5));

        assertThat(w.behind()).extracting(b -> b.indicator().code()).containsExactly("B3-01");
        assertThat(w.behind().get(0).area().code()).isEqualTo("B3");
        assertThat(w.behind().get(0).status()).isEqualTo(Status.RED);
    }

    @Test
    void theBehindAreRankedByTheirGapAndWhatTurnedRedIsTold() {
        Indicator turned = indicator("A1-91", "A1", "甲", IndicatorKind.AMOUNT);   // 1—4月 30 of 100: −3.3, 1—5月 30: −11.7
        target(turned, "100", null);
        figure(turned, 4, "30");
        figure(turned, 5, "30");
        Indicator longRed = indicator("A2-91", "A2", "乙", IndicatorKind.COUNT);   // −13.3, then −21.7: red both months
        target(longRed, "100", null);
        figure(longRed, 4, "20");
        figure(longRed, 5, "20");
        Indicator slightly = indicator("A1-92", "A1", "丙", IndicatorKind.AMOUNT); // 38 against 41.7: −3.7, 略滞后
        target(slightly, "100", null);
        figure(slightly, 5, "38");
        Indicator growth = indicator("A1-93", "A1", "丁增长", IndicatorKind.GROWTH_RATE); // 5 % against 10 %: −5.0
        target(growth, "10", null);
        figure(growth, 5, "5");
        Indicator ahead = indicator("A2-92", "A2", "戊", IndicatorKind.AMOUNT);
        target(ahead, "100", null);
        figure(ahead, 5, "50");
        Indicator noTarget = indicator("A2-93", "A2", "己", IndicatorKind.AMOUNT);
        figure(noTarget, 5, "1");
        Indicator noFigure = indicator("A2-94", "A2", "庚", IndicatorKind.AMOUNT);
        target(noFigure, "100", null);

        Warnings w = Warnings.of(data(), 5, LocalDate.of(2026, 6, 10));

        assertThat(w.behind()).extracting(b -> b.indicator().name()).containsExactly("乙", "甲", "丁增长", "丙");
        assertThat(w.behind()).extracting(Warnings.Behind::status)
                .containsExactly(Status.RED, Status.RED, Status.AMBER, Status.AMBER);
        assertThat(w.behind().get(0).gapPoints().doubleValue()).isCloseTo(-21.7, within(0.05));
        assertThat(w.behind().get(1).lastMonth()).isEqualTo(Status.AMBER);
        assertThat(w.behind().get(0).lastMonth()).isEqualTo(Status.RED);
        assertThat(w.turnedRed()).extracting(b -> b.indicator().name()).as("红 last month already: not new").containsExactly("甲");
        assertThat(w.behind().get(1).area().code()).isEqualTo("A1");
        assertThat(w.behind().get(0).area().code()).isEqualTo("A2");

        Pace pace = w.behind().get(1).pace().orElseThrow();     // 70 to go over 7 months; 6 a month so far
        assertThat(pace.perMonth()).isEqualByComparingTo("10.0");
        assertThat(pace.ratio()).isEqualByComparingTo("1.7");
        assertThat(pace.projected()).isEqualByComparingTo("72.0");
        assertThat(w.behind().get(2).pace()).as("no pace for a growth rate").isEmpty();
        assertThat(w.behind().get(1).assessment().month()).isEqualTo(5);
    }

    @Test
    void januaryHasNoMonthBeforeAndDecemberNoPace() {
        Indicator i = indicator("A1-91", "A1", "甲", IndicatorKind.AMOUNT);
        target(i, "120", null);
        figure(i, 1, "1");
        figure(i, 12, "60");
        Warnings january = Warnings.of(data(), 1, LocalDate.of(2026, 2, 1));
        assertThat(january.behind()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(Status.AMBER);      // 0.8 % against 8.3 %
            assertThat(b.lastMonth()).isNull();
        });
        Warnings december = Warnings.of(data(), 12, LocalDate.of(2027, 1, 5));
        assertThat(december.behind()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(Status.RED);        // 50 % of the year's target
            assertThat(b.pace()).as("no month left").isEmpty();
            assertThat(b.lastMonth()).isEqualTo(Status.NO_DATA);
        });
        assertThat(december.turnedRed()).hasSize(1);
        assertThat(Warnings.of(data(), 0, LocalDate.of(2026, 1, 1)).behind()).as("no month yet").isEmpty();
    }

    @Test
    void tasksOverdueAndDueWithin30DaysOpenOnesOnly() {
        LocalDate today = LocalDate.of(2027, 3, 15);
        task("K1", "B1", "2027-03-01", TaskStatus.IN_PROGRESS);   // 14 days late
        task("K2", "B2", "2027-03-14", TaskStatus.DELAYED);       // 1 day late
        task("K3", "B1", "2027-03-15", TaskStatus.NOT_STARTED);   // due today
        task("K4", "B3", "2027-04-14", TaskStatus.IN_PROGRESS);   // the 30th day: in
        task("K5", "B3", "2027-04-15", TaskStatus.IN_PROGRESS);   // the 31st: later
        task("K6", "B4", "2027-02-01", TaskStatus.DONE);          // done: never an alert
        task("K7", "B4", null, TaskStatus.IN_PROGRESS);           // no date: nothing to count
        Warnings w = Warnings.of(data(), 2, today);
        assertThat(w.tasks()).extracting(a -> a.task().code()).containsExactly("K1", "K2", "K3", "K4");
        assertThat(w.tasks()).extracting(Warnings.TaskAlert::daysOverdue).containsExactly(14L, 1L, 0L, -30L);
        assertThat(w.tasks().get(0).overdue()).isTrue();
        assertThat(w.tasks().get(2).overdue()).isFalse();
        assertThat(w.tasks().get(3).daysLeft()).isEqualTo(30);
        assertThat(w.tasks().get(0).battle().code()).isEqualTo("B1");
        assertThat(w.behind()).isEmpty();
    }

    @Test
    void aYearWithNoBattlesAndNoTaskForcesWarnsOfNoTaskAndOwnsNothing() {
        Indicator i = indicator("A4-91", "A4", "甲", IndicatorKind.AMOUNT);
        target(i, "100", null);
        figure(i, 6, "10");
        CockpitData bare = new CockpitData(YEAR, 1, DocumentContent.sections().stream()
                .filter(s -> s.kind() != SectionKind.BATTLE).toList(), indicators, targets, figures, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Map.of());
        Warnings w = Warnings.of(bare, 6, LocalDate.of(2026, 7, 1));
        assertThat(w.tasks()).isEmpty();
        assertThat(w.behind()).singleElement().satisfies(b -> assertThat(b.owner()).isNull());
    }

    @Test
    void theOwnerIsTheTaskForceNamedInTheIndicatorOrTheAreasOnlyOne() {
        CockpitData data = data();
        Indicator talent = indicator("A1-91", "A1", "国科大xx研究院全职高层次人才", IndicatorKind.COUNT);
        Indicator industry = indicator("A3-91", "A3", "规上工业增加值", IndicatorKind.AMOUNT);
        Indicator building = indicator("A4-91", "A4", "开工项目", IndicatorKind.COUNT);
        assertThat(Warnings.ownerOf(data, talent).name()).isEqualTo("国科大xx研究院专班");
        assertThat(Warnings.ownerOf(data, industry).name()).as("A3 has one task force").isEqualTo("人才引育专班");
        assertThat(Warnings.ownerOf(data, building)).as("two task forces, no name to tell").isNull();
        assertThat(Warnings.taskForcesOf(data, "A4")).extracting(TaskForce::name)
                .containsExactly("北片区综合开发专班", "南核心区配套专班");
    }

    @Test
    void theSeededSampleWarnsOfWhatItsAssessmentsSay() {
        List<Indicator> all = DocumentContent.indicators();
        SampleData sample = SampleData.generate(all, YEAR, 10, Instant.parse("2026-11-03T00:00:00Z"));
        CockpitData data = new CockpitData(YEAR, 1, DocumentContent.sections(), all, sample.targets(), sample.figures(),
                DocumentContent.milestones(), DocumentContent.projects(), DocumentContent.tasks(YEAR + 1),
                DocumentContent.taskForces(), List.of(), List.of(), Map.of());
        Warnings w = Warnings.of(data, 10, LocalDate.of(2027, 1, 20));

        // exactly the red and amber indicators of the review year, each once
        List<String> expected = all.stream().filter(i -> i.planYearOffset() == 0)
                .filter(i -> data.assess(i, 10).status() == Status.RED || data.assess(i, 10).status() == Status.AMBER)
                .map(Indicator::code).sorted().toList();
        assertThat(expected).as("the sample has something behind").isNotEmpty();
        assertThat(w.behind().stream().map(b -> b.indicator().code()).sorted().toList()).isEqualTo(expected);
        for (int k = 1; k < w.behind().size(); k++) {
            BigDecimal before = w.behind().get(k - 1).gapPoints();
            BigDecimal after = w.behind().get(k).gapPoints();
            if (before != null && after != null) {
                assertThat(before).as("most behind first").isLessThanOrEqualTo(after);
            }
        }
        for (Warnings.Behind b : w.behind()) {
            assertThat(b.area().code()).isEqualTo(b.indicator().sectionCode());
            assertThat(b.assessment().status()).isEqualTo(b.status());
            assertThat(b.lastMonth()).isEqualTo(data.assess(b.indicator(), 9).status());
            assertThat(b.pace().isPresent()).as(b.indicator().name())
                    .isEqualTo(b.indicator().kind().cumulative() && b.indicator().direction() != Direction.AT_MOST);
        }
        assertThat(w.turnedRed()).allSatisfy(b -> assertThat(b.lastMonth()).isNotEqualTo(Status.RED))
                .allSatisfy(b -> assertThat(b.status()).isEqualTo(Status.RED));
        // the plan's tasks fall due through 2027: in late January some are due within 30 days, none is done
        assertThat(w.tasks()).allSatisfy(a -> assertThat(a.daysOverdue()).isGreaterThanOrEqualTo(-30))
                .allSatisfy(a -> assertThat(a.task().status()).isNotEqualTo(TaskStatus.DONE));
        long expectedTasks = data.tasks().stream().filter(t -> t.due() != null && t.status() != TaskStatus.DONE
                && !t.due().isAfter(LocalDate.of(2027, 2, 19))).count();
        assertThat(w.tasks()).hasSize((int) expectedTasks);
    }
}
