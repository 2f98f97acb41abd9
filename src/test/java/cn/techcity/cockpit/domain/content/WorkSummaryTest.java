package cn.techcity.cockpit.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary for a known store: the document's sentences with every figure filled, and missing ones said so. */
class WorkSummaryTest {
    private final List<MonthlyFigure> figures = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();

    private void figure(String code, int year, int month, String value, String growth) {
        figures.add(new MonthlyFigure(code, year, month, value == null ? null : new BigDecimal(value),
                growth == null ? null : new BigDecimal(growth), null, Revision.PROVISIONAL, "张三",
                Instant.parse("2026-11-05T08:00:00Z"), false));
    }

    private void target(String code, String base, String stretch) {
        targets.add(Target.of(code, 2026, new BigDecimal(base), stretch == null ? null : new BigDecimal(stretch)));
    }

    private CockpitData data() {
        return new CockpitData(2026, 1, DocumentContent.sections(), DocumentContent.indicators(), targets, figures,
                DocumentContent.milestones(), DocumentContent.projects(), DocumentContent.tasks(2027),
                DocumentContent.taskForces(), List.of(), List.of(), Map.of());
    }

    @Test
    void theOpeningParagraphIsTheDocumentsWithTheFiguresOfTheStore() {
        figure("H0-01", 2026, 10, "45.6", null);
        target("H0-01", "60", null);
        figure("H0-02", 2026, 10, "12.3", null);
        target("H0-02", "10", null);
        // H0-03 (研发经费同比增长) not reported
        figure("A2-04", 2026, 10, "5210", null);
        target("A2-04", "5000", null);
        WorkSummary.Summary s = WorkSummary.of(data(), 10);
        assertThat(s.title()).isEqualTo("一、2026年工作总结");
        WorkSummary.Part opening = s.parts().get(0);
        assertThat(opening.text()).endsWith("截至10月,实现有效投资45.6亿元,高新技术产业投资增长12.3%;"
                + "规上工业企业研发经费同比增长(未填报);利用外资提前完成5000万美元目标任务。");
        assertThat(opening.text()).startsWith("2026年以来,科技城管委会深入贯彻落实");
        assertThat(opening.progress()).containsExactly(
                "有效投资:1—10月完成年度目标的76.0%,低于序时进度7.3个百分点;"
                        + "后续月均需完成7.2亿元,为1—10月月均的1.6倍,按目前进度全年预计完成91.2%。",
                "高新技术产业投资增长:1—10月增长12.3%,目标10.0%,高于目标2.3个百分点。",
                "规上工业企业研发经费同比增长:10月数据未填报。",
                "实际利用外资:1—10月完成年度目标的104.2%,超序时进度20.9个百分点。");
    }

    @Test
    void growthsReadAsTheDocumentWritesThemAndNothingIsInvented() {
        figure("A3-01", 2026, 10, "40.40", "-2.1");
        figure("A3-02", 2026, 10, "76.99", "15.6");
        target("A3-02", "80", null);
        figure("A3-03", 2026, 10, "5.1", null);
        figure("A3-03", 2025, 10, "4.8", null);   // 同比 derived from last year: 6.25 %
        WorkSummary.Summary s = WorkSummary.of(data(), 10);
        WorkSummary.Part industry = s.parts().get(3);
        assertThat(industry.heading()).isEqualTo("(三)");
        assertThat(industry.text()).startsWith("产业发展再上新台阶。")
                .contains("截至10月,实现规上工业增加值40.40亿元,同比下降2.1%;高新技术产业增加值76.99亿元,同比增长15.6%;"
                        + "智能装备增加值5.1亿元,累计增速6.3%;生命健康增加值(未填报),累计增速(未填报);")
                .doesNotContain("xx", "null");
        assertThat(industry.progress()).contains("规上工业增加值:1—10月累计40.40亿元,未设定年度目标。",
                "高新技术产业增加值:1—10月完成年度目标的96.2%,超序时进度12.9个百分点。",
                "生命健康增加值:10月数据未填报。");
        assertThat(s.text()).contains("  (三)产业发展再上新台阶。", "    高新技术产业增加值:1—10月完成年度目标的96.2%");
    }

    @Test
    void theFiguresOfDecemberReadAsTheWholeYear() {
        figure("A2-01", 2026, 12, "57", null);
        figure("A2-02", 2026, 12, "45", null);
        WorkSummary.Part projects = WorkSummary.of(data(), 12).parts().get(2);
        assertThat(projects.text()).contains("全年管委会班子外出招商57次,全年累计引进项目45个");
        assertThat(WorkSummary.of(data(), 10).parts().get(2).text()).contains("1—10月管委会班子外出招商(未填报)");
    }

    /** January's summary (written in February) says 1月, as its progress lines do: never “1—1月”. */
    @Test
    void theFiguresOfJanuaryReadAsJanuaryNotAsARangeOfOneMonth() {
        figure("A2-01", 2026, 1, "5", null);
        figure("A2-02", 2026, 1, "3", null);
        var summary = WorkSummary.of(data(), 1);
        assertThat(summary.parts().get(2).text()).contains("1月管委会班子外出招商5次,1月累计引进项目3个");
        summary.parts().forEach(p -> assertThat(p.text()).doesNotContain("1—1月"));
    }

    @Test
    void anIndicatorBehindSchedulePutsItsPaceInItsProgressLineAGrowthRateDoesNot() {
        // 30.00 of 100 after five months (序时 41.7 %): 70 to go over 7 months = 10.00 a month, 1.7 times the 6.00 so far;
        // at 6.00 a month the year ends at 72.0 %; toward the 高线 110: 80 / 7 = 11.43, 1.9 times
        figure("A3-02", 2026, 5, "30.00", null);
        target("A3-02", "100", "110");
        figure("A3-01", 2026, 5, "50.00", null);   // ahead of 序时: no 倒排
        target("A3-01", "100", null);
        figure("A3-03", 2026, 12, "5.0", null);    // behind in December: no month left, no 倒排
        target("A3-03", "10", null);
        figure("H0-02", 2026, 5, "5.0", null);      // a growth rate behind its target: no 倒排
        target("H0-02", "10", null);
        WorkSummary.Summary may = WorkSummary.of(data(), 5);
        assertThat(may.parts().get(3).progress()).contains(
                "高新技术产业增加值:1—5月完成年度目标的30.0%,低于序时进度11.7个百分点;后续月均需完成10.00亿元,"
                        + "为1—5月月均的1.7倍,按目前进度全年预计完成72.0%;高线目标后续月均需完成11.43亿元,为1—5月月均的1.9倍。",
                "规上工业增加值:1—5月完成年度目标的50.0%,超序时进度8.3个百分点。");
        assertThat(may.parts().get(0).progress()).contains("高新技术产业投资增长:1—5月增长5.0%,目标10.0%,低于目标5.0个百分点。");
        assertThat(may.text()).as("one indicator behind schedule with a pace").containsOnlyOnce("按目前进度全年预计完成");
        assertThat(WorkSummary.of(data(), 12).parts().get(3).progress())
                .contains("智能装备增加值:1—12月完成年度目标的50.0%,低于序时进度50.0个百分点。");
    }
}
