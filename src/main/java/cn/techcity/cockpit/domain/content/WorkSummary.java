package cn.techcity.cockpit.domain.content;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.Milestone;
import cn.techcity.cockpit.domain.MilestoneStatus;
import cn.techcity.cockpit.domain.Pace;
import cn.techcity.cockpit.domain.Warnings;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.ValueFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The work summary (一、xxxx年工作总结 and its five parts) in the document's own phrasing, every {@code xx} filled from
 * the store as of a cut-off month, and a progress line per indicator in the usual style (1—10月完成年度目标的85.2%,
 * 超序时进度1.9个百分点). A figure that is missing says so ({@link #MISSING}); nothing is invented.
 */
public final class WorkSummary {
    /** What a missing figure reads as in a sentence. */
    public static final String MISSING = "(未填报)";

    /** One part of the summary: its text and the progress lines of its indicators. */
    public record Part(String heading, String text, List<String> progress) {
        public Part {
            text = withoutRetired(text);
        }
    }

    public record Summary(int year, int month, String title, List<Part> parts) {
        /** The summary as plain text: the title, then each part with its progress lines, a blank line between parts. */
        public String text() {
            StringBuilder b = new StringBuilder(title).append("\n\n");
            for (Part p : parts) {
                b.append("  ").append(p.heading() == null ? "" : p.heading()).append(p.text()).append('\n');
                for (String line : p.progress()) {
                    b.append("    ").append(line).append('\n');
                }
                b.append('\n');
            }
            return b.toString();
        }
    }

    private final CockpitData data;
    private final int month;

    private WorkSummary(CockpitData data, int month) {
        this.data = data;
        this.month = month;
    }

    /** The summary of the reporting year as of the end of {@code month}. */
    public static Summary of(CockpitData data, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12: " + month);
        }
        return new WorkSummary(data, month).build();
    }

    private Summary build() {
        List<Part> parts = new ArrayList<>();
        int y = data.year();
        parts.add(new Part(null, y + "年以来,科技城管委会深入贯彻落实全市关于国家自主创新示范区和环大罗山科创走廊建设重大战略部署,"
                + "紧扣国家自创区建设及高新区进等升位等重点任务,按照市委、区委“勇争先、强执行、开新局”的决策部署,以“双月赛马比拼”"
                + "专班活动为主要抓手,攻招商、搭平台、精建设、强要素,高质量推进经济社会发展。" + asOf() + ",实现" + name("H0-01")
                + v("H0-01") + "," + name("H0-02") + v("H0-02") + ";" + name("H0-03") + v("H0-03") + ";" + foreignInvestment() + "。",
                progress(data.headlineCodes())));

        parts.add(new Part("(一)", "科创平台展开新篇章。按照“一个平台、一个专班、一套方案”的方式,专班化推进各大平台提质增效。"
                + name("A1-01") + v("A1-01") + stretchReached("A1-01") + "。" + milestones("A1")
                + name("A1-02") + "突破" + v("A1-02") + ",累计" + name("A1-03") + v("A1-03") + "," + name("A1-04") + v("A1-04")
                + "。通过搭建高效科技服务体系,实现科技创新高端要素不断积聚,科创成果不断涌现,今年以来,成功组织企业和平台"
                + name("A1-05") + v("A1-05") + "," + name("A1-06") + v("A1-06") + "," + name("A1-07") + v("A1-07") + ","
                + name("A1-08") + v("A1-08") + "。", progress(codes("A1"))));

        parts.add(new Part("(二)", "重大项目跑出新速度。健全领导挂钩重大招商项目制度、招商前端项目甄别评估机制,推行“一把手”招商,"
                + "编制完善产业链全景图、招商地图," + period() + "管委会" + name("A2-01") + v("A2-01") + "," + period() + "累计"
                + name("A2-02") + v("A2-02") + "," + name("A2-03") + v("A2-03") + "," + name("A2-04") + v("A2-04")
                + "。其中,新增" + name("A2-05") + v("A2-05") + ",完成" + name("A2-06") + v("A2-06") + ";新增" + name("A2-07")
                + v("A2-07") + "。" + projects("A2", p -> true), progress(codes("A2"))));

        parts.add(new Part("(三)", "产业发展再上新台阶。聚焦做大做强主导产业,积极谋划战略性新兴产业,构建新发展格局。狠抓重点经济指标。"
                + asOf() + ",实现" + name("A3-01") + v("A3-01") + ",同比" + growthWord("A3-01") + ";" + name("A3-02") + v("A3-02")
                + ",同比" + growthWord("A3-02") + ";" + name("A3-03") + v("A3-03") + ",累计增速" + growth("A3-03") + ";"
                + name("A3-04") + v("A3-04") + ",累计增速" + growth("A3-04") + ";" + name("A3-05") + v("A3-05") + ","
                + name("A3-06") + v("A3-06") + "。夯实产业发展载体。持续提升自持园区管理," + asOf() + ",各平台合计"
                + name("A3-07").replace("园区", "") + v("A3-07") + "," + name("A3-08") + v("A3-08") + "," + name("A3-09")
                + v("A3-09") + ";" + name("A3-10") + v("A3-10") + "、税收" + v("A3-11") + ";研发经费支出共" + v("A3-12")
                + ",同比" + growthWord("A3-12") + "。" + milestones("A3") + "优化人才引育环境。构建“五纵五横”招才联络网,深化"
                + "“人才一张清单”制度,不断提升引才育才工作。" + asOf() + "," + name("A3-13") + v("A3-13") + ","
                + name("A3-14") + v("A3-14") + ";" + name("A3-15") + v("A3-15") + "," + name("A3-16") + v("A3-16") + ";"
                + name("A3-17") + v("A3-17") + ",参加答辩" + v("A3-18") + "。", progress(codes("A3"))));

        parts.add(new Part("(四)", "城市建设展现新形象。提速产城人深度融合科创新城标杆建设。" + period() + name("A4-01") + v("A4-01")
                + "," + asOf() + "," + name("A4-02") + v("A4-02") + ",完成率" + completion("A4-02", 2) + ";"
                + projectsAt("A4", ProjectStage.UNDER_CONSTRUCTION, "开工") + v("A4-03") + "项目;"
                + projectsAt("A4", ProjectStage.COMPLETED, "建成") + v("A4-04") + "项目;" + name("A4-05") + v("A4-05")
                + "。积极推进总投资达" + v("A4-06") + "、实施面积" + v("A4-07") + "的北片区综合开发项目。" + milestones("A4")
                + "全力提升南核心区生活配套,已开工" + v("A4-08") + ",完工" + v("A4-09") + "," + v("A4-10")
                + "续建项目均稳步推进。加速核心区商业布点,规划总商业建筑面积约" + v("A4-11") + "。", progress(codes("A4"))));

        parts.add(new Part("(五)", "发展要素实现新跨越。紧盯建设发展的难点堵点问题,想方设法解难题、补短板,全力保障开发建设顺利推进。"
                + "强化资金保障。多渠道挖掘财政收入和市场化融资,成功获批" + name("A5-01") + v("A5-01") + "。" + range()
                + "累计实现" + name("A5-02") + v("A5-02") + "," + name("A5-03") + v("A5-03") + "," + name("A5-04") + v("A5-04")
                + "," + name("A5-05") + v("A5-05") + ",有力保障了财政运转可控和项目有序实施。强化空间拓展。全力推进做地工作,"
                + range() + "累计完成" + name("A5-06") + v("A5-06") + ";" + name("A5-07") + v("A5-07") + ",实现"
                + name("A5-08") + v("A5-08") + ";" + name("A5-09") + v("A5-09") + ",完成率" + completion("A5-09", 0) + ";"
                + name("A5-10") + v("A5-10") + ",完成率" + completion("A5-10", 2) + ";" + name("A5-11") + v("A5-11")
                + "。强化环境治理。" + name("A5-12") + v("A5-12") + "。" + milestones("A5"), progress(codes("A5"))));

        return new Summary(y, month, "一、" + y + "年工作总结", parts);
    }

    // ---- the phrases ----

    private String asOf() {
        return "截至" + month + "月";
    }

    private String period() {
        return month == 12 ? "全年" : range();
    }

    private String range() {
        return month == 1 ? "1月" : "1—" + month + "月";
    }

    /**
     * Stands for a figure of an indicator the committee has retired (or not shown in this year): the clause that holds
     * it leaves the sentence ({@link #withoutRetired}).
     */
    static final String GONE = "\u0000";

    private boolean gone(String code) {
        return data.indicator(code).isEmpty();
    }

    /**
     * The text without the clauses (between ，；、 and 。) that hold a retired indicator; a sentence whose last clause
     * went ends at the clause before it.
     */
    static String withoutRetired(String text) {
        if (text.indexOf(GONE) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean last = i == text.length() - 1;
            if ("，,;；、。".indexOf(c) < 0 && !last) {
                continue;
            }
            String clause = text.substring(start, i + 1);
            start = i + 1;
            if (clause.indexOf(GONE) < 0) {
                out.append(clause);
            } else if (c == '。' && !out.isEmpty() && "，,;；、".indexOf(out.charAt(out.length() - 1)) >= 0) {
                out.setCharAt(out.length() - 1, '。');
            } else if (c == '。' && !out.isEmpty() && out.charAt(out.length() - 1) != '。') {
                out.append('。');
            }
        }
        return out.toString();
    }

    private Indicator indicator(String code) {
        return data.indicator(code).orElseThrow(() -> new IllegalStateException("the store has no indicator " + code));
    }

    private String name(String code) {
        if (gone(code)) {
            return GONE;
        }
        return indicator(code).name();
    }

    private Assessment assess(String code) {
        return data.assess(indicator(code), month);
    }

    /** The figure with its unit in the indicator's precision, or {@link #MISSING}. */
    private String v(String code) {
        if (gone(code)) {
            return GONE;
        }
        BigDecimal value = assess(code).value();
        return value == null ? MISSING : ValueFormat.withUnit(value, indicator(code));
    }

    private int growthDecimals(String code) {
        String mask = DocumentContent.REPORTED_GROWTH_MASKS.get(code);
        return mask == null ? 1 : cn.techcity.cockpit.domain.Mask.decimals(mask);
    }

    /** 同比 as a signed percentage: "12.3%", "-2.1%". */
    private String growth(String code) {
        if (gone(code)) {
            return GONE;
        }
        var g = assess(code).growth();
        return g == null ? MISSING : g.percent().setScale(growthDecimals(code), RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** 同比 in words: "增长12.3%", "下降2.1%". */
    private String growthWord(String code) {
        if (gone(code)) {
            return GONE;
        }
        var g = assess(code).growth();
        if (g == null) {
            return "增长" + MISSING;
        }
        BigDecimal p = g.percent().setScale(growthDecimals(code), RoundingMode.HALF_UP);
        return (p.signum() < 0 ? "下降" : "增长") + p.abs().toPlainString() + "%";
    }

    private String completion(String code, int decimals) {
        if (gone(code)) {
            return GONE;
        }
        BigDecimal c = assess(code).completion();
        return c == null ? "(无法计算)" : c.multiply(BigDecimal.valueOf(100)).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** ",完成增长xx%的高线目标" when the growth reached the stretch target, ",完成…目标" when the base; else the target. */
    private String stretchReached(String code) {
        if (gone(code)) {
            return GONE;
        }
        Assessment a = assess(code);
        Indicator i = indicator(code);
        if (a.value() == null || a.target() == null) {
            return "";
        }
        if (a.stretch() != null && a.value().compareTo(a.stretch()) >= 0) {
            return ",完成增长" + ValueFormat.withUnit(a.stretch(), i) + "的高线目标";
        }
        if (a.value().compareTo(a.target()) >= 0) {
            return ",完成增长" + ValueFormat.withUnit(a.target(), i) + "的目标";
        }
        return ",目标为增长" + ValueFormat.withUnit(a.target(), i);
    }

    /** The headline's foreign investment: 提前完成 when the year's target is reached, else how far it is. */
    private String foreignInvestment() {
        if (gone("A2-04")) {
            return GONE;
        }
        Assessment a = assess("A2-04");
        Indicator i = indicator("A2-04");
        if (a.value() != null && a.target() != null && a.completion() != null && a.completion().compareTo(BigDecimal.ONE) >= 0) {
            return "利用外资" + (month < 12 ? "提前" : "") + "完成" + ValueFormat.withUnit(a.target(), i) + "目标任务";
        }
        String text = "实际利用外资" + v("A2-04");
        if (a.completion() != null) {
            text += ",完成年度目标的" + ValueFormat.percentOfFraction(a.completion());
        }
        return text;
    }

    private String milestones(String section) {
        List<String> done = new ArrayList<>();
        List<String> going = new ArrayList<>();
        for (Milestone m : data.milestones(section)) {
            if (m.status() == MilestoneStatus.DONE) {
                done.add(m.title());
            } else if (m.status() != MilestoneStatus.NOT_STARTED) {
                String p = m.progress() == null ? "" : "(已完成" + m.progress().stripTrailingZeros().toPlainString() + "%)";
                going.add(m.title() + p + m.status().chinese());
            }
        }
        StringBuilder b = new StringBuilder();
        if (!done.isEmpty()) {
            b.append("截至目前,").append(String.join(";", done));
        }
        if (!going.isEmpty()) {
            b.append(b.isEmpty() ? "截至目前," : ";").append(String.join(";", going));
        }
        return b.isEmpty() ? "" : b.append("。").toString();
    }

    private String projects(String section, Predicate<Project> which) {
        List<String> list = new ArrayList<>();
        for (Project p : data.projects(section)) {
            if (which.test(p)) {
                list.add(p.name() + (p.note() == null || p.note().isBlank() ? p.stage().chinese() : p.note()));
            }
        }
        return list.isEmpty() ? "" : String.join(";", list) + "。";
    }

    /** "开工科创北路、零直排整治等" — the projects of a stage, as the document lists them before the count. */
    private String projectsAt(String section, ProjectStage stage, String verb) {
        List<String> names = data.projects(section).stream().filter(p -> p.stage() == stage).map(Project::name).toList();
        return verb + (names.isEmpty() ? "" : String.join("、", names) + "等");
    }

    private List<String> codes(String section) {
        return data.indicators(section).stream().map(Indicator::code).toList();
    }

    // ---- progress lines ----

    private List<String> progress(List<String> codes) {
        List<String> lines = new ArrayList<>();
        for (String code : codes) {
            data.indicator(code).ifPresent(i -> lines.add(progressLine(i)));
        }
        return lines;
    }

    /** "规上工业增加值:1—10月完成年度目标的85.2%,超序时进度1.9个百分点。" */
    String progressLine(Indicator i) {
        Assessment a = data.assess(i, month);
        String head = i.name() + ":";
        if (a.value() == null) {
            return head + month + "月数据未填报" + (a.target() == null ? "。" : "(目标" + ValueFormat.withUnit(a.target(), i) + ")。");
        }
        if (a.target() == null) {
            return head + (i.kind().cumulative() ? range() + "累计" : asOf()) + ValueFormat.withUnit(a.value(), i) + ",未设定年度目标。";
        }
        String goal = a.phaseLabel() == null ? "年度目标" : a.phaseLabel() + "目标";
        if (i.kind() == IndicatorKind.GROWTH_RATE) {
            return head + range() + "增长" + ValueFormat.withUnit(a.value(), i) + ",目标" + ValueFormat.withUnit(a.target(), i) + ","
                    + ValueFormat.gapPhrase(a) + "。";
        }
        if (a.completion() == null) {
            return head + range() + "累计" + ValueFormat.withUnit(a.value(), i) + "(目标为0,无法计算完成率)。";
        }
        String rate = ValueFormat.percentOfFraction(a.completion());
        if (i.kind() == IndicatorKind.LEVEL) {
            return head + asOf() + "达到" + ValueFormat.withUnit(a.value(), i) + ",完成" + goal + "的" + rate + "。";
        }
        return head + range() + "完成" + goal + "的" + rate + "," + ValueFormat.gapPhrase(a) + paceClause(i, a) + "。";
    }

    /**
     * 倒排 for an indicator behind 序时进度: ";后续月均需完成7.2亿元,为1—10月月均的1.6倍,按目前进度全年预计完成91.2%",
     * and the same for its 高线目标; "" for one on pace, or where no pace means anything (growth rate, level, December).
     */
    String paceClause(Indicator i, Assessment a) {
        if (a.timeProgress() == null || a.plainGap() == null || a.gapPoints().signum() >= 0) {
            return "";
        }
        Warnings.YearPace pace = Warnings.yearPace(data, i, month);
        StringBuilder b = new StringBuilder();
        pace.base().ifPresent(p -> b.append(";").append(paceWords(i, p, "全年目标"))
                .append(p.met() ? "" : ",按目前进度全年预计完成" + p.projected().toPlainString() + "%"));
        pace.stretch().ifPresent(p -> b.append(";高线目标").append(p.met() ? "已完成" : paceWords(i, p, "高线目标")));
        return b.toString();
    }

    private String paceWords(Indicator i, Pace p, String goal) {
        if (p.met()) {
            return "已完成" + goal;
        }
        String need = "后续月均需完成" + p.perMonth().toPlainString() + i.unit();
        return p.ratio() == null ? need : need + ",为" + range() + "月均的" + p.ratio().toPlainString() + "倍";
    }
}
