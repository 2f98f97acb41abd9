package cn.techcity.cockpit.domain.content;

import static cn.techcity.cockpit.domain.Direction.AT_LEAST;
import static cn.techcity.cockpit.domain.IndicatorKind.AMOUNT;
import static cn.techcity.cockpit.domain.IndicatorKind.COUNT;
import static cn.techcity.cockpit.domain.IndicatorKind.GROWTH_RATE;
import static cn.techcity.cockpit.domain.IndicatorKind.LEVEL;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.BuildType;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.Milestone;
import cn.techcity.cockpit.domain.MilestoneStatus;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure of the committee's document (年度工作总结及下一步工作思路), shipped as first-run content: its sections,
 * every named indicator with the mask it was printed with, its projects, milestones, battle tasks and task forces.
 * Names are the document's; where it masks part of a name (xx实验室, x山公园) the mask is kept, for the clerks to fill.
 */
public final class DocumentContent {
    public static final String HEADLINE = "H0";

    private DocumentContent() {
    }

    public static List<Section> sections() {
        return List.of(
                new Section(HEADLINE, SectionKind.HEADLINE, 0, "总体指标", "截至目前主要经济指标"),
                new Section("A1", SectionKind.AREA, 1, "科创平台展开新篇章", null),
                new Section("A2", SectionKind.AREA, 2, "重大项目跑出新速度", null),
                new Section("A3", SectionKind.AREA, 3, "产业发展再上新台阶", null),
                new Section("A4", SectionKind.AREA, 4, "城市建设展现新形象", null),
                new Section("A5", SectionKind.AREA, 5, "发展要素实现新跨越", null),
                new Section("B1", SectionKind.BATTLE, 6, "打好“平台聚变”攻坚战", "放大科研输出力"),
                new Section("B2", SectionKind.BATTLE, 7, "打好“招大引强”攻坚战", "孕育产业爆发力"),
                new Section("B3", SectionKind.BATTLE, 8, "打好“育新孵优”攻坚战", "做强产业竞争力"),
                new Section("B4", SectionKind.BATTLE, 9, "打好“精建快建”攻坚战", "提升区域虹吸力"));
    }

    public static List<Indicator> indicators() {
        List<Indicator> list = new ArrayList<>();
        Adder h = new Adder(list, HEADLINE);
        h.add("有效投资", "亿元", "xx.x", AMOUNT, true);
        h.add("高新技术产业投资增长", "%", "xx.x", GROWTH_RATE, true);
        h.add("规上工业企业研发经费同比增长", "%", "x.x", GROWTH_RATE, true);

        Adder a1 = new Adder(list, "A1");
        a1.add("科研院所R&D经费支出增长", "%", "xx.xx", GROWTH_RATE, false);
        a1.add("国科大xx研究院全职高层次人才", "人", "xxx", LEVEL, false);
        a1.add("申报国家自然科学基金项目", "项", "xx", COUNT, false);
        a1.add("申报海外优青项目", "项", "x", COUNT, false);
        a1.add("申报市科技计划项目", "项", "xx", COUNT, false);
        a1.add("市重大科技项目", "项", "x", COUNT, false);
        a1.add("“卡脖子”项目", "项", "x", COUNT, false);
        a1.add("各平台累计引育主导产业科创企业(项目)", "家", "xxx", COUNT, false);

        Adder a2 = new Adder(list, "A2");
        a2.add("班子外出招商", "次", "xx", COUNT, false);
        a2.add("引进项目", "个", "xx", COUNT, false);
        a2.add("招引内资", "亿元", "xx.xx", AMOUNT, false);
        a2.add("实际利用外资", "万美元", "xxxx", AMOUNT, true);
        a2.add("总部项目", "个", "x", COUNT, false);
        a2.add("总部税收", "万元", "xxxx", AMOUNT, false);
        a2.add("亿元产业项目", "个", "x", COUNT, false);

        Adder a3 = new Adder(list, "A3");
        a3.add("规上工业增加值", "亿元", "xx.xx", AMOUNT, false);
        a3.add("高新技术产业增加值", "亿元", "xx.xx", AMOUNT, false);
        a3.add("智能装备增加值", "亿元", "x.x", AMOUNT, false);
        a3.add("生命健康增加值", "亿元", "x.xx", AMOUNT, false);
        a3.add("获评高新技术企业", "家", "xx", COUNT, false);
        a3.add("新增科技型中小企业", "家", "xx", COUNT, false);
        a3.add("园区引入创新创业项目", "个", "xx", COUNT, false);
        a3.add("新增省科技型中小企业", "家", "xx", COUNT, false);
        a3.add("新授权知识产权", "项", "xxx", COUNT, false);
        a3.add("园区营业收入", "亿元", "xx.xx", AMOUNT, false);
        a3.add("园区税收", "万元", "xxxx.x", AMOUNT, false);
        a3.add("园区研发经费支出", "亿元", "x.xx", AMOUNT, false);
        a3.add("新招引高层次人才", "人", "xxx", COUNT, false);
        a3.add("其中博士等E类以上人才", "人", "xx", COUNT, false);
        a3.add("申报国家级“引才计划”", "人", "xx", COUNT, false);
        a3.add("申报省级“引才计划”", "人", "xx", COUNT, false);
        a3.add("申报鲲鹏计划", "人", "x", COUNT, false);
        a3.add("鲲鹏计划参加答辩", "人", "x", COUNT, false);

        Adder a4 = new Adder(list, "A4");
        a4.add("计划实施建设项目", "个", "xx", LEVEL, false);
        a4.add("完成固定投资额", "亿元", "xx.xx", AMOUNT, false);
        a4.add("开工项目", "个", "xx", COUNT, false);
        a4.add("建成项目", "个", "xx", COUNT, false);
        a4.add("获省市建设奖项和表彰", "次", "xx", COUNT, false);
        a4.add("北片区综合开发总投资", "亿元", "xxx.x", LEVEL, false);
        a4.add("北片区实施面积", "平方公里", "x.x", LEVEL, false);
        a4.add("南核心区“x大工程xx大措施”已开工", "项", "x", COUNT, false);
        a4.add("南核心区“x大工程xx大措施”完工", "项", "x", COUNT, false);
        a4.add("南核心区续建项目", "项", "xx", LEVEL, false);
        a4.add("核心区规划总商业建筑面积", "万㎡", "xx", LEVEL, false);

        Adder a5 = new Adder(list, "A5");
        a5.add("地方政府债券", "亿元", "x.xx", AMOUNT, false);
        a5.add("财政收入", "亿元", "xxx.xx", AMOUNT, false);
        a5.add("化解债务", "亿元", "xxx.xx", AMOUNT, false);
        a5.add("其中化解隐性债务", "亿元", "xx.xx", AMOUNT, false);
        a5.add("置换隐性债务", "亿元", "xx.x", AMOUNT, false);
        a5.add("做地", "亩", "xxx", AMOUNT, false);
        a5.add("出让土地", "亩", "xxx.x", AMOUNT, false);
        a5.add("土地出让金收入", "亿元", "xx.x", AMOUNT, false);
        a5.add("消化“批而未供”土地", "亩", "xxxx.xx", AMOUNT, false);
        a5.add("处置“供而未用”土地", "亩", "xxx.xx", AMOUNT, false);
        a5.add("完成项目政策处理事项", "个", "xx", COUNT, false);
        a5.add("开展土壤调查", "亩", "xxx.x", AMOUNT, false);

        // The battles' targets are for the plan year Y+1.
        Adder b3 = new Adder(list, "B3");
        b3.addPlan("新增高新技术企业", "家", "xx", COUNT);
        b3.addPlan("促成产学研合作", "项", "xx", COUNT);
        return List.copyOf(list);
    }

    /** Milestones whose progress the document gives as a masked percentage (双创二期x号楼已完成装修工程xx%). */
    public static final java.util.Map<String, String> MILESTONE_PROGRESS_MASKS = java.util.Map.of("A1-M02", "xx");

    /** Indicators the document reports as past their target (完成率xxx.xx%, 提前完成): the sample keeps them so. */
    public static final java.util.Set<String> AHEAD_OF_TARGET = java.util.Set.of("A2-04", "A4-02", "A5-09", "A5-10");

    /** Indicators the document gives a reported 同比 for (同比增长xx.x%, 累计增速xx.x%), with its mask. */
    public static final java.util.Map<String, String> REPORTED_GROWTH_MASKS = java.util.Map.of(
            "A3-01", "xx.x", "A3-02", "xx.x", "A3-03", "xx.x", "A3-04", "xx.x", "A3-12", "xx.xx");

    /** The codes of the headline indicators, in the order of the opening paragraph. */
    public static List<String> headlineCodes() {
        return List.of("H0-01", "H0-02", "H0-03", "A2-04");
    }

    public static List<Milestone> milestones() {
        List<Milestone> m = new ArrayList<>();
        milestone(m, "A1", "xx实验室成功挂牌落地", MilestoneStatus.DONE);
        milestone(m, "A1", "双创二期x号楼装修工程", MilestoneStatus.IN_PROGRESS);
        milestone(m, "A1", "数字产业中心(xx实验室一期)地下室土方开挖", MilestoneStatus.IN_PROGRESS);
        milestone(m, "A1", "光子集成创新研究院整体入驻,成立叶甜春院士专家工作站", MilestoneStatus.DONE);
        milestone(m, "A1", "新材料研究院新材料与新能源综合服务平台入选省服务型制造示范平台", MilestoneStatus.DONE);
        milestone(m, "A3", "中国眼谷小镇入选省第七批创建类特色小镇", MilestoneStatus.DONE);
        milestone(m, "A4", "完成《x科技城北片区综合开发方案》编制和项目招投标", MilestoneStatus.DONE);
        milestone(m, "A4", "完成《x科技城核心区商业业态初步策划》成果编制", MilestoneStatus.DONE);
        milestone(m, "A4", "启动编制《三年行动计划》方案", MilestoneStatus.IN_PROGRESS);
        milestone(m, "A5", "土壤调查:龙水单元YB-xx-C-xx地块", MilestoneStatus.DONE);
        milestone(m, "A5", "土壤调查:瑶溪北单元YB-xx-E-xx地块", MilestoneStatus.DONE);
        milestone(m, "A5", "土壤调查:x山北单元xx-B-xx等地块", MilestoneStatus.UNDER_REVIEW);
        milestone(m, "A5", "土壤调查:中国眼谷B区、原龙东化工区、茅竹岭东单元A-xx地块(招标完成)", MilestoneStatus.WAITING);
        milestone(m, "A5", "地方政府债券资金全部到位", MilestoneStatus.DONE);
        return List.copyOf(m);
    }

    public static List<Project> projects() {
        List<Project> p = new ArrayList<>();
        project(p, "A2", "青墨湾数字能源项目(青山控股)", ProjectStage.SIGNED, BuildType.NEW, "签约落地");
        project(p, "A2", "信唐全球研发总部", ProjectStage.IN_OPERATION, BuildType.NEW, "正式落地,研发八款高端性能自主专利产品");
        project(p, "A2", "伊利康生物项目", ProjectStage.STARTED, BuildType.NEW, "摘牌并开工");
        project(p, "A2", "极动力充电动力总成项目", ProjectStage.TRIAL, BuildType.NEW, "签约落地,首台样机交付使用");
        project(p, "A2", "大唐xG全球创新中心项目一期", ProjectStage.TRIAL, BuildType.CONTINUING, "生产线试投产");
        project(p, "A2", "北斗产业基地:合众思壮国家级研发中心", ProjectStage.SIGNED, BuildType.NEW, null);
        project(p, "A2", "北斗产业基地:清航科技", ProjectStage.SIGNED, BuildType.NEW, null);
        project(p, "A2", "北斗产业基地:卫讯科技", ProjectStage.SIGNED, BuildType.NEW, null);
        project(p, "A2", "xx芯思总部项目", ProjectStage.SIGNED, BuildType.NEW, null);
        project(p, "A2", "青山钢铁城总部项目", ProjectStage.SIGNED, BuildType.NEW, null);
        project(p, "A4", "科创北路", ProjectStage.UNDER_CONSTRUCTION, BuildType.NEW, null);
        project(p, "A4", "零直排整治", ProjectStage.UNDER_CONSTRUCTION, BuildType.NEW, null);
        project(p, "A4", "x山公园二期一标段", ProjectStage.UNDER_CONSTRUCTION, BuildType.NEW, null);
        project(p, "A4", "B-xx中学", ProjectStage.UNDER_CONSTRUCTION, BuildType.NEW, null);
        project(p, "A4", "中驰大厦", ProjectStage.UNDER_CONSTRUCTION, BuildType.NEW, null);
        project(p, "A4", "E-xx安置房", ProjectStage.UNDER_CONSTRUCTION, BuildType.NEW, null);
        project(p, "A4", "朱埠河疏浚及驳坎", ProjectStage.COMPLETED, BuildType.CONTINUING, null);
        project(p, "A4", "水埠路", ProjectStage.COMPLETED, BuildType.CONTINUING, null);
        project(p, "A4", "x世外学校", ProjectStage.COMPLETED, BuildType.CONTINUING, null);
        project(p, "A4", "B-xx安置房", ProjectStage.COMPLETED, BuildType.CONTINUING, null);
        project(p, "A4", "北片区综合开发项目(中交城投联合体)", ProjectStage.SIGNED, BuildType.NEW, null);   // 实施面积 is indicator A4-07
        return List.copyOf(p);
    }

    /** The dated tasks of the plan year, owners left for the clerks. */
    public static List<BattleTask> tasks(int planYear) {
        List<BattleTask> t = new ArrayList<>();
        Tasks b1 = new Tasks(t, "B1", planYear);
        b1.add("推动xx实验室快速发挥创新引领作用", 12, 31);
        b1.add("助推x大存量高能级平台做大做强做优", 12, 31);
        b1.add("推进高能级平台资金银行第三方监管及负面清单管理试点", 6, 30);
        b1.add("加快监管平台上线运行", 6, 30);
        b1.add("力争纳入省级数字化改革“揭榜挂帅”项目清单", 9, 30);
        b1.add("梳理眼健康、生物医药、医疗器械等领域产业发展资源", 3, 31);

        Tasks b2 = new Tasks(t, "B2", planYear);
        b2.add("提速海外高层次人才创新城启动区建设", 12, 31);
        b2.add("北斗导航产业链延链补链,推动北斗产业基地成果转化", 12, 31);
        b2.add("射频前端芯片产业链延链补链", 12, 31);
        b2.add("xG新基建产业链延链补链", 12, 31);
        b2.add("新能源汽车充电板块产业链延链补链", 12, 31);
        b2.add("推进射频器件实验产线和封装封测厂项目实际落地", 9, 30);
        b2.add("大唐xG微基站长三角运营总部开展运营", 6, 30);
        b2.add("依托极动力充电逆变项目带动新能源产业链集聚", 12, 31);
        b2.add("打造科技城招商端口多行业顶级智囊团", 6, 30);
        b2.add("探索并购基金、产业引导基金、私募基金、直投基金", 12, 31);

        Tasks b3 = new Tasks(t, "B3", planYear);
        b3.add("实施雏鹰孵化、瞪羚跃升、高新攀登培育计划", 12, 31);
        b3.add("构建数字经济、生命健康、智能制造三大标志性产业链", 12, 31);
        b3.add("健全“孵化-中试-产业化”一条龙产业培育机制", 9, 30);
        b3.add("推动大唐xG、射频芯片等龙头项目试投产", 9, 30);
        b3.add("大唐智创上市辅导", 12, 31);
        b3.add("创嘉云更新中心上市辅导", 12, 31);
        b3.add("极动力上市辅导", 12, 31);

        Tasks b4 = new Tasks(t, "B4", planYear);
        b4.add("完成x山公园概念深化设计", 6, 30);
        b4.add("完成配电网专项规划", 6, 30);
        b4.add("完成瑶溪河绿道网修建性规划", 9, 30);
        b4.add("完成云创及滨江未来社区项目方案设计", 9, 30);
        b4.add("北片区xxx米超高层“首发项目”早出形象", 12, 31);
        b4.add("北片区产业园“首发项目”早出形象", 12, 31);
        b4.add("启动B街坊大型商业综合体建设", 6, 30);
        b4.add("加快E-xx小学建设", 12, 31);
        b4.add("加快E-xx安置房建设", 12, 31);
        b4.add("加快E-xx安置房(二)建设", 12, 31);
        b4.add("加快I-xx民生项目建设", 12, 31);
        b4.add("公交综合体建设", 12, 31);
        b4.add("x山公园二期一标建设", 12, 31);
        b4.add("康养福利中心建设", 12, 31);
        b4.add("王尖路建设", 12, 31);
        b4.add("浃底路建设", 12, 31);
        b4.add("龙盛路建设", 12, 31);
        b4.add("根据做地计划做好土壤污染调查", 12, 31);
        return List.copyOf(t);
    }

    /** The task forces of the 双月赛马比拼, one per platform or piece of work the document names. */
    public static List<TaskForce> taskForces() {
        String[][] rows = {
                {"A1", "xx实验室专班"}, {"A1", "国科大xx研究院专班"}, {"A1", "中国眼谷专班"},
                {"A2", "招商引资专班"}, {"A2", "北斗产业专班"}, {"A3", "人才引育专班"},
                {"A4", "北片区综合开发专班"}, {"A4", "南核心区配套专班"}, {"A5", "做地攻坚专班"},
                {"A5", "要素保障专班"}};
        List<TaskForce> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new TaskForce(String.format("TF-%02d", i + 1), rows[i][0], i + 1, rows[i][1]));
        }
        return List.copyOf(list);
    }

    private static void milestone(List<Milestone> m, String section, String title, MilestoneStatus status) {
        long n = m.stream().filter(x -> x.sectionCode().equals(section)).count() + 1;
        m.add(new Milestone(String.format("%s-M%02d", section, n), section, (int) n, title, status, null, false));
    }

    private static void project(List<Project> p, String section, String name, ProjectStage stage, BuildType type,
                                String note) {
        long n = p.stream().filter(x -> x.sectionCode().equals(section)).count() + 1;
        p.add(new Project(String.format("%s-P%02d", section, n), section, (int) n, name, stage, type, null, null, note,
                false));
    }

    private static final class Adder {
        private final List<Indicator> list;
        private final String section;
        private int n;

        Adder(List<Indicator> list, String section) {
            this.list = list;
            this.section = section;
        }

        void add(String name, String unit, String mask, IndicatorKind kind, boolean headline) {
            n++;
            list.add(Indicator.of(String.format("%s-%02d", section, n), section, n, name, unit, mask, kind, AT_LEAST,
                    headline));
        }

        void addPlan(String name, String unit, String mask, IndicatorKind kind) {
            n++;
            list.add(Indicator.of(String.format("%s-%02d", section, n), section, n, name, unit, mask, kind, AT_LEAST,
                    false).forPlanYear());
        }
    }

    private static final class Tasks {
        private final List<BattleTask> list;
        private final String battle;
        private final int year;
        private int n;

        Tasks(List<BattleTask> list, String battle, int year) {
            this.list = list;
            this.battle = battle;
            this.year = year;
        }

        void add(String title, int month, int day) {
            n++;
            list.add(new BattleTask(String.format("%s-T%02d", battle, n), battle, n, title, null,
                    LocalDate.of(year, month, day), TaskStatus.NOT_STARTED, null));
        }
    }
}
