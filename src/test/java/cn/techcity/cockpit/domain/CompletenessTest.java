package cn.techcity.cockpit.domain;

import static cn.techcity.cockpit.domain.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.content.DocumentContent;
import cn.techcity.cockpit.domain.content.SampleData;
import cn.techcity.cockpit.domain.content.WorkSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletenessTest {
    private static final Instant AT = Instant.parse("2026-11-03T00:00:00Z");

    // ---- the seeded sample data --------------------------------------------------------------------------------

    private static CockpitData sample(int cutoff, Set<String> dropAtCutoff) {
        SampleData s = SampleData.generate(DocumentContent.indicators(), 2026, cutoff, AT);
        List<MonthlyFigure> figures = s.figures().stream()
                .filter(f -> !(f.year() == 2026 && f.month() == cutoff && dropAtCutoff.contains(f.indicatorCode()))).toList();
        return new CockpitData(2026, 1, DocumentContent.sections(), DocumentContent.indicators(), s.targets(), figures,
                DocumentContent.milestones(), DocumentContent.projects(), DocumentContent.tasks(2027),
                DocumentContent.taskForces(), List.of(), List.of(), Map.of());
    }

    @Test
    void theSampleExpectsEveryIndicatorOfTheYearButNotThePlansTargets() {
        CockpitData data = sample(10, Set.of());
        long ofTheYear = DocumentContent.indicators().stream().filter(i -> i.planYearOffset() == 0).count();
        long ofThePlan = DocumentContent.indicators().stream().filter(i -> i.planYearOffset() > 0).count();
        assertThat(ofThePlan).as("the document's battles carry plan-year targets").isPositive();

        Completeness c = Completeness.of(data, 10);
        assertThat(c.expectedCount()).isEqualTo((int) ofTheYear);
        assertThat(c.expected()).allMatch(i -> i.planYearOffset() == 0);
        assertThat(c.reportedCount()).isEqualTo(c.expectedCount());
        assertThat(c.complete()).isTrue();
        assertThat(c.missing()).isEmpty();

        Completeness next = Completeness.of(data, 11);
        assertThat(next.reportedCount()).isZero();
        assertThat(next.missingCount()).isEqualTo((int) ofTheYear);
    }

    @Test
    void theMissingOnesAreListedByAreaAndAreNoDataInTheViewsAndNotReportedInTheSummary() {
        CockpitData data = sample(10, Set.of("A3-01", "A1-02", "H0-01"));
        Completeness c = Completeness.of(data, 10);
        assertThat(c.missingCount()).isEqualTo(3);
        assertThat(c.reportedCount()).isEqualTo(c.expectedCount() - 3);
        // by section, in the sections' order: the headline paragraph, then 科创平台, then 产业发展
        assertThat(c.missing().keySet()).extracting(Section::code).containsExactly("H0", "A1", "A3");
        assertThat(c.missingCodes()).containsExactly("H0-01", "A1-02", "A3-01");
        for (String code : c.missingCodes()) {
            Indicator i = data.indicator(code).orElseThrow();
            assertThat(data.assess(i, 10).status()).as(code).isEqualTo(Status.NO_DATA);
        }
        String summary = WorkSummary.of(data, 10).text();
        String name = data.indicator("A3-01").orElseThrow().name();
        assertThat(summary).contains(name + ":10月数据未填报");
        // the month before is whole
        assertThat(Completeness.of(data, 9).complete()).isTrue();
    }

    // ---- hand-made cases ---------------------------------------------------------------------------------------

    private final Indicator amount = Fixtures.amount(Direction.AT_LEAST);
    private final Indicator growth = Fixtures.growth(Direction.AT_LEAST);
    private final Indicator level = Fixtures.level();
    private final Indicator plan = new Indicator("B1-01", "B1", 1, "新增高新技术企业", "家", "xx", 0, Direction.AT_LEAST,
            IndicatorKind.COUNT, false, 1);
    private final List<MonthlyFigure> figures = new ArrayList<>();

    private CockpitData data() {
        return new CockpitData(2026, 1,
                List.of(new Section("A1", SectionKind.AREA, 1, "科创平台", null),
                        new Section("B1", SectionKind.BATTLE, 10, "平台聚变", "放大科研输出力")),
                List.of(amount, growth, level, plan), List.of(), figures, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Map.of());
    }

    private void figure(Indicator i, int month, String value, String reportedGrowth) {
        figures.add(new MonthlyFigure(i.code(), 2026, month, value == null ? null : d(value),
                reportedGrowth == null ? null : d(reportedGrowth), null, Revision.PROVISIONAL, "t", AT, false));
    }

    private void allThree(int upTo) {
        for (int m = 1; m <= upTo; m++) {
            figure(amount, m, "1" + m, null);
            figure(growth, m, "5.0", null);
            figure(level, m, "100", null);
        }
    }

    @Test
    void aRowWithOnlyAGrowthCountsForAGrowthRateButNotForAnAmount() {
        figure(amount, 3, null, "12.5");     // 同比 only: no cumulative value, the views show 缺数据
        figure(growth, 3, null, "7.5");      // a growth-rate indicator's figure is its growth
        Completeness c = Completeness.of(data(), 3);
        assertThat(c.expectedCount()).isEqualTo(3);
        assertThat(c.missingCodes()).containsExactly("T-01", "T-03");
        assertThat(c.reportedCount()).isEqualTo(1);
    }

    @Test
    void thePlanYearsIndicatorIsNeverExpected() {
        allThree(2);
        Completeness c = Completeness.of(data(), 2);
        assertThat(c.expected()).extracting(Indicator::code).containsExactly("T-01", "T-02", "T-03");
        assertThat(c.complete()).isTrue();
        assertThatThrownBy(() -> Completeness.of(data(), 13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMonthBeingFilled() {
        LocalDate december5 = LocalDate.of(2026, 12, 5);
        // nothing yet in January: January
        assertThat(Completeness.fillingMonth(data(), LocalDate.of(2026, 1, 10))).isEqualTo(1);
        // January–November complete on 5 December: November (December's figures come in January)
        allThree(11);
        assertThat(Completeness.fillingMonth(data(), december5)).isEqualTo(11);
        // the year not turned in January of the year after: December is due
        assertThat(Completeness.fillingMonth(data(), LocalDate.of(2027, 1, 8))).isEqualTo(12);
        // a December figure typed early: December
        figure(amount, 12, "30", null);
        assertThat(Completeness.fillingMonth(data(), december5)).isEqualTo(12);
    }

    @Test
    void theMonthBeingFilledWhenBehindOrHalfWay() {
        LocalDate december5 = LocalDate.of(2026, 12, 5);
        allThree(9);
        // clerks behind: January–September complete, nothing later: October
        assertThat(Completeness.fillingMonth(data(), december5)).isEqualTo(10);
        // November begun while October still lacks one: November (the newest begun)
        figure(amount, 10, "20", null);
        figure(growth, 10, "5.0", null);
        figure(amount, 11, "21", null);
        assertThat(Completeness.fillingMonth(data(), december5)).isEqualTo(11);
        Completeness c = Completeness.of(data(), 11);
        assertThat(c.reportedCount()).isEqualTo(1);
        assertThat(c.missingCodes()).containsExactly("T-02", "T-03");
    }
}
