package cn.techcity.cockpit.ui.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.Direction;
import cn.techcity.cockpit.domain.Fixtures;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.StatusRule;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TargetPhase;
import cn.techcity.cockpit.domain.Warnings;
import cn.techcity.cockpit.ui.common.I18n;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 倒排 in words, in both languages: the issue's published case, the 高线, a met target, and where none is said. */
class PaceWordsTest {
    private static final I18n ZH = I18n.chinese();
    private static final I18n EN = I18n.english();
    private final Indicator investment = Fixtures.amount(Direction.AT_LEAST);   // 有效投资, 亿元, one decimal

    private List<String> words(I18n i18n, Indicator i, int month, String value, String base, String stretch) {
        Target target = Fixtures.target(i, 2026, base, stretch);
        var a = StatusRule.assess(i, 2026, month, Fixtures.figure(i, 2026, month, value), target, null);
        return PaceWords.lines(i18n, i, month, PaceWords.of(a));
    }

    @Test
    void theIssuesCaseReadsAsTheCommitteeSaysIt() {
        // 100 at 1—5月 44: 56 over 7 months = 8.0 a month, 8.0 / 8.8 = 0.9 times; 8.8 × 12 = 105.6 %
        assertThat(words(ZH, investment, 5, "44", "100", null))
                .containsExactly("后续月均需完成8.0亿元,为1—5月月均的0.9倍,按目前进度全年预计完成105.6%");
        assertThat(words(EN, investment, 5, "44", "100", null))
                .containsExactly("8.0亿元 a month still needed, 0.9 times the monthly average of months 1–5; "
                        + "at this pace the year ends at 105.6% of the target");
    }

    @Test
    void theStretchTargetToo() {
        // 高线 120: 76 over 7 months = 10.857… → 10.9 a month, 10.857 / 8.8 = 1.2 times
        assertThat(words(ZH, investment, 5, "44", "100", "120")).containsExactly(
                "后续月均需完成8.0亿元,为1—5月月均的0.9倍,按目前进度全年预计完成105.6%",
                "高线目标:后续月均需完成10.9亿元,为1—5月月均的1.2倍");
        assertThat(words(EN, investment, 5, "44", "100", "120")).last().isEqualTo(
                "Stretch target: 10.9亿元 a month still needed, 1.2 times the monthly average of months 1–5");
    }

    @Test
    void aMetTargetSaysSoAndJanuaryNamesItsOneMonth() {
        assertThat(words(ZH, investment, 8, "130", "100", "120")).containsExactly("已完成全年目标", "已完成高线目标");
        assertThat(words(ZH, investment, 8, "110", "100", "120")).containsExactly("已完成全年目标",
                "高线目标:后续月均需完成2.5亿元,为1—8月月均的0.2倍");
        assertThat(words(EN, investment, 8, "130", "100", null)).containsExactly("Target for the year already met");
        assertThat(words(ZH, investment, 1, "5", "120", null))
                .containsExactly("后续月均需完成10.5亿元,为1月月均的2.1倍,按目前进度全年预计完成50.0%");
        assertThat(words(ZH, investment, 3, "0", "120", null)).as("nothing yet: no multiple of nothing")
                .containsExactly("后续月均需完成13.3亿元,按目前进度全年预计完成0.0%");
    }

    @Test
    void nothingForAGrowthRateALevelDecemberOrAMissingFigureOrTarget() {
        assertThat(words(ZH, Fixtures.growth(Direction.AT_LEAST), 5, "5.0", "10", null)).isEmpty();
        assertThat(words(ZH, Fixtures.level(), 5, "50", "100", null)).isEmpty();
        assertThat(words(ZH, investment, 12, "50", "100", "120")).isEmpty();
        assertThat(words(ZH, investment, 5, null, "100", null)).isEmpty();
        assertThat(words(ZH, investment, 5, "44", null, null)).isEmpty();
        Indicator count = new Indicator("T-04", "A1", 4, "引进项目", "个", "xx", 0, Direction.AT_LEAST, IndicatorKind.COUNT, false, 0);
        assertThat(words(ZH, count, 10, "30", "40", null))
                .containsExactly("后续月均需完成5.0个,为1—10月月均的1.7倍,按目前进度全年预计完成90.0%");
    }

    @Test
    void aPhaseTargetGivesNoYearPaceOnTheTile() {
        Target phased = new Target(investment.code(), 2026, Fixtures.d("100"), null,
                List.of(new TargetPhase(6, "上半年", Fixtures.d("45"))), false);
        var a = StatusRule.assess(investment, 2026, 5, Fixtures.figure(investment, 2026, 5, "30"), phased, null);
        assertThat(a.phaseLabel()).isEqualTo("上半年");
        assertThat(PaceWords.of(a)).isEqualTo(Warnings.YearPace.NONE);
    }
}
