package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Direction;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.StructureCheck;
import cn.techcity.cockpit.domain.StructureItem;
import cn.techcity.cockpit.domain.StructureKind;
import cn.techcity.cockpit.domain.content.WorkSummary;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committee's own structure (issue 15) against a real H2 file: renames, new items, retirement, the turn of the year. */
class StructureTest {
    @TempDir
    Path dir;

    private static StructureItem item(CockpitStore store, String code) {
        return store.structure().stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow();
    }

    private static StructureCheck.Row row(int n, StructureItem item) {
        return new StructureCheck.Row("第" + n + "行", item);
    }

    @Test
    void aRenameReachesEveryViewOfTheDataAndIsAudited() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            CockpitData before = store.load();
            assertThat(before.maskedNames()).contains("xx实验室成功挂牌落地", "xx实验室专班", "x山公园二期一标段");
            int masked = before.maskedNames().size();
            StructureItem tf = item(store, "TF-01");
            assertThat(tf.name()).isEqualTo("xx实验室专班");
            assertThat(store.saveStructure("张三", List.of(row(1, tf.withName("甬江实验室专班")),
                    row(2, item(store, "A1-M01").withName("甬江实验室成功挂牌落地"))))).isEqualTo(2);
            CockpitData after = store.load();
            assertThat(after.taskForces()).extracting(t -> t.name()).contains("甬江实验室专班").doesNotContain("xx实验室专班");
            assertThat(after.maskedNames()).hasSize(masked - 2);
            assertThat(WorkSummary.of(after, 10).text()).contains("甬江实验室成功挂牌落地").doesNotContain("xx实验室成功挂牌落地");
            assertThat(store.auditOf("task_force", "TF-01")).singleElement()
                    .satisfies(a -> assertThat(a.who() + ":" + a.oldValue() + "→" + a.newValue()).isEqualTo("张三:xx实验室专班→甬江实验室专班"));
        }
    }

    @Test
    void newItemsGetCodesAndRetiredOnesLeaveTheViewsButKeepTheirHistory() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            int areaIndicators = store.load().indicators("A3").size();
            StructureItem ind = new StructureItem(null, StructureKind.INDICATOR, "数字经济核心产业增加值", "A3", 0, null, null,
                    "亿元", 2, Direction.AT_LEAST, IndicatorKind.AMOUNT, false, null, null, null);
            StructureItem project = new StructureItem("", StructureKind.PROJECT, "甬江实验室二期", "A1", 0, null, null, null,
                    null, null, null, false, null, null, null);
            StructureItem task = new StructureItem(null, StructureKind.TASK, "新增任务:完成实验室二期选址", "B1", 0, null, null,
                    null, null, null, null, false, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 31), null);
            store.saveStructure("张三", List.of(row(1, ind), row(2, project), row(3, task)));
            CockpitData d = store.load();
            assertThat(d.indicators("A3")).hasSize(areaIndicators + 1).last()
                    .satisfies(i -> assertThat(i.code() + " " + i.name() + " " + i.unit()).isEqualTo("A3-"
                            + String.format("%02d", areaIndicators + 1) + " 数字经济核心产业增加值 亿元"));
            assertThat(d.projects("A1")).extracting(p -> p.code() + " " + p.name()).containsExactly("A1-P01 甬江实验室二期");
            assertThat(d.tasks("B1")).last().satisfies(t -> assertThat(t.code() + " " + t.due()).isEqualTo("B1-T07 2027-05-31"));
            // A3-01 has figures: retired, it leaves the reporting year's views; its figures stay
            BigDecimal oct = d.figure("A3-01", 2026, 10).orElseThrow().value();
            StructureItem a301 = item(store, "A3-01");
            store.saveStructure("张三", List.of(row(1, a301.withYears(null, 2026))));
            assertThat(store.load().indicator("A3-01")).isEmpty();
            assertThat(store.figures(2026, 2026)).anyMatch(f -> f.indicatorCode().equals("A3-01") && f.month() == 10
                    && f.value().compareTo(oct) == 0);
            assertThat(item(store, "A3-01").retiredFrom()).isEqualTo(2026);
            assertThat(store.load(2025).indicator("A3-01")).as("the years before keep it").isPresent();
        }
    }

    @Test
    void badChangesAreRefusedWholeNamingEachRowAndNothingIsWritten() throws Exception {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            long version = store.dataVersion();
            StructureItem a301 = item(store, "A3-01");
            StructureItem a302 = item(store, "A3-02");
            StructureItem inRetired = new StructureItem(null, StructureKind.PROJECT, "新项目", "B2", 0, null, null, null, null,
                    null, null, false, null, null, null);
            StructureItem late = new StructureItem(null, StructureKind.TASK, "迟到的任务", "B1", 0, null, null, null, null,
                    null, null, false, null, LocalDate.of(2028, 3, 31), null);
            List<StructureCheck.Row> rows = List.of(
                    row(2, item(store, "TF-02").withName("更名后")),                 // fine alone
                    row(3, a301.withIndicator("万元", a301.decimals(), a301.direction(), a301.indicatorKind())),
                    row(4, a302.withName(a301.name())),
                    row(5, item(store, "A1-M01").withName("  ")),
                    row(6, inRetired), row(7, late),
                    row(8, item(store, "A2-P01").withName("重复编码")), row(9, item(store, "A2-P01")));
            assertThatThrownBy(() -> store.saveStructure("张三", rows)).isInstanceOfSatisfying(StoreException.class, e -> {
                String m = e.text().zh();
                assertThat(m).contains("结构修改未保存", "第3行:指标 A3-01 已有数据或目标,不能把单位从“亿元”改为“万元”",
                        "第4行:名称“" + a301.name() + "”在 A3 中重复(与A3-01相同)", "第5行:名称为空", "第6行:项目须属于一个工作板块",
                        "第7行:到期日 2028-03-31 不在该攻坚战的计划年度 2027 年内", "第9行:编码 A2-P01 重复(与第8行相同)");
                assertThat(m).doesNotContain("第2行");
            });
            assertThat(store.dataVersion()).as("nothing written").isEqualTo(version);
            assertThat(item(store, "TF-02").name()).isEqualTo("国科大xx研究院专班");
        }
    }

    @Test
    void theTurnOfTheYearArchivesTheYearAndTheBattlesBecomeItsWork() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 11)) {
            CockpitData y2026 = store.load();
            String summary2026 = WorkSummary.of(y2026, 11).text();
            assertThat(y2026.battlesYear()).isEqualTo(2027);
            assertThat(y2026.indicator("B3-01").orElseThrow().planYearOffset()).isEqualTo(1);

            store.startYear("主任", 2027);
            CockpitData y2027 = store.load();
            assertThat(y2027.year()).isEqualTo(2027);
            assertThat(y2027.years().stored()).containsExactly(2025, 2026, 2027);
            assertThat(y2027.readOnlyYear()).isFalse();
            assertThat(y2027.battlesYear()).as("the 2027 battles are now the year's work").isEqualTo(2027);
            assertThat(y2027.sections(SectionKind.BATTLE)).hasSize(4);
            assertThat(y2027.indicator("B3-01").orElseThrow().planYearOffset()).isZero();
            assertThat(y2027.indicators("A3")).hasSameSizeAs(y2026.indicators("A3"));

            // January of the new year: 同比 from the stored figures of the last
            store.saveFigures("张三", List.of(new cn.techcity.cockpit.domain.MonthlyFigure("A3-01", 2027, 1, new BigDecimal("12.00"),
                    null, null, cn.techcity.cockpit.domain.Revision.PROVISIONAL, "张三", java.time.Instant.now(), false)));
            CockpitData jan = store.load();
            var a = jan.assess(jan.indicator("A3-01").orElseThrow(), 1);
            BigDecimal last = y2026.figure("A3-01", 2026, 1).orElseThrow().value();
            assertThat(a.growth()).as("同比 against January 2026 (%s)", last).isNotNull();

            // the finished year: read only, and its summary unchanged
            CockpitData archived = store.load(2026);
            assertThat(archived.readOnlyYear()).isTrue();
            assertThat(WorkSummary.of(archived, 11).text()).isEqualTo(summary2026);
            assertThatThrownBy(() -> store.saveFigures("张三", List.of(new cn.techcity.cockpit.domain.MonthlyFigure("A3-01", 2026, 11,
                    new BigDecimal("1"), null, null, cn.techcity.cockpit.domain.Revision.PROVISIONAL, "张三", java.time.Instant.now(), false))))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.text().zh()).contains("2026 年度已结束并归档"));
            assertThat(store.load(2026).figure("A3-01", 2026, 11).orElseThrow().value())
                    .isEqualByComparingTo(y2026.figure("A3-01", 2026, 11).orElseThrow().value());

            assertThatThrownBy(() -> store.startYear("主任", 2027)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.text().zh()).contains("已经是 2027 年度"));
            assertThatThrownBy(() -> store.startYear("主任", 2029)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.text().zh()).contains("只能转入下一年(2028 年)"));
        }
    }

    @Test
    void structureChangesAndTheTurnComeBackFromTheJournalAfterAnUncleanEnd() throws Exception {
        Path db = dir.resolve("c");
        CockpitStore store = CockpitStore.open(db, 2026, 10);
        store.saveStructure("张三", List.of(row(1, item(store, "TF-01").withName("甬江实验室专班")),
                row(2, new StructureItem(null, StructureKind.MILESTONE, "实验室二期开工", "A1", 0, null, null, null, null, null,
                        null, false, null, null, 9))));
        store.startYear("主任", 2027);
        store.abandon();      // as a kill would leave it: the state stays OPEN, the file is rebuilt from base + journal
        try (CockpitStore again = CockpitStore.open(db, 2026, 10)) {
            assertThat(again.reportingYear()).isEqualTo(2027);
            assertThat(item(again, "TF-01").name()).isEqualTo("甬江实验室专班");
            assertThat(item(again, "A1-M" + String.format("%02d", again.load(2026).milestones("A1").size())).month()).isEqualTo(9);
            assertThat(again.closedYears()).containsExactly(2026);
        }
    }

    @Test
    void theSummaryLeavesOutTheClausesOfRetiredIndicators() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            String before = WorkSummary.of(store.load(), 10).text();
            List<String> codes = List.of("A1-01", "A2-04", "A3-01", "A3-12", "A4-02", "A5-09", "A1-08");
            List<String> names = codes.stream().map(c -> item(store, c).name()).toList();
            assertThat(before).contains(names);
            store.saveStructure("张三", codes.stream().map(c -> row(1, item(store, c).withYears(null, 2026))).toList());
            String after = WorkSummary.of(store.load(), 10).text();
            assertThat(after).doesNotContain("\u0000").doesNotContain(names)
                    .doesNotContain(",。").doesNotContain(";。").doesNotContain("。。")
                    .contains("(一)科创平台展开新篇章。", "(五)发展要素实现新跨越。");
            for (String line : after.split("\n")) {
                if (line.startsWith("  (")) {
                    assertThat(line).as("each part still ends its sentence").endsWith("。");
                }
            }
        }
    }

    @Test
    void onlyTheOpenYearsTakeFiguresAndTargets() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            java.util.function.BiFunction<Integer, String, List<FigureEdit>> figure = (y, v) -> List.of(new FigureEdit("A3-01", y, 3,
                    true, new BigDecimal(v), false, null, false, null, FigureEdit.ANY_VERSION));
            java.util.function.BiFunction<Integer, String, List<TargetEdit>> target = (y, v) -> List.of(new TargetEdit("A3-01", y, true,
                    new BigDecimal(v), false, null, FigureEdit.ANY_VERSION));
            assertThat(store.saveEdits("张三", figure.apply(2025, "11"), List.of())).as("before any turn: last year's, for 同比").isOne();
            assertThatThrownBy(() -> store.saveEdits("张三", figure.apply(2027, "1"), List.of()))
                    .hasMessageContaining("2027 年还没有开始");
            store.startYear("主任", 2027);
            assertThatThrownBy(() -> store.saveEdits("张三", figure.apply(2025, "12"), List.of()))
                    .as("a year before the archived one: its 同比 would change").hasMessageContaining("2025 年度已结束并归档");
            assertThatThrownBy(() -> store.saveEdits("张三", List.of(), target.apply(2026, "99"))).hasMessageContaining("2026 年度已结束并归档");
            assertThat(store.saveEdits("张三", List.of(), target.apply(2028, "120"))).as("the plan of the year after").isOne();
            assertThatThrownBy(() -> store.saveEdits("张三", List.of(), target.apply(2029, "130"))).hasMessageContaining("2029 年太远");
            assertThat(store.saveEdits("张三", figure.apply(2027, "5"), List.of())).isOne();
        }
    }

    @Test
    void aNameWithALineBreakAndFewerDecimalsOnFiguresAreRefused() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            StructureItem a301 = item(store, "A3-01");
            assertThatThrownBy(() -> store.saveStructure("张三", List.of(row(1, a301.withName("规上工业\n增加值")))))
                    .hasMessageContaining("第1行:名称中有换行");
            assertThatThrownBy(() -> store.saveStructure("张三", List.of(row(2, a301.withIndicator(a301.unit(), 1, a301.direction(),
                    a301.indicatorKind()))))).hasMessageContaining("小数位不能从 2 减为 1");
            assertThat(store.saveStructure("张三", List.of(row(3, a301.withIndicator(a301.unit(), 3, a301.direction(),
                    a301.indicatorKind()))))).as("more decimals fit what was entered").isOne();
        }
    }

    @Test
    void theHeadlineIndicatorsAreTheCommitteesChoiceFourAtMost() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            assertThat(store.load().headlineCodes()).containsExactly("H0-01", "H0-02", "H0-03", "A2-04");
            assertThatThrownBy(() -> store.saveStructure("张三", List.of(row(7, item(store, "A3-01").withHeadline(true)))))
                    .hasMessageContaining("第7行:主要指标最多 4 个");
            store.saveStructure("张三", List.of(row(1, item(store, "A2-04").withHeadline(false)),
                    row(2, item(store, "A3-01").withHeadline(true))));
            CockpitData d = store.load();
            assertThat(d.headlineCodes()).containsExactly("H0-01", "H0-02", "H0-03", "A3-01");
            assertThat(WorkSummary.of(d, 10).parts().get(0).progress()).anyMatch(l -> l.startsWith("规上工业增加值"));
        }
    }

    /** In 2027 the plan of 2028 is written: its battle, its indicator, and the indicator's 2028 target, now. */
    @Test
    void thePlanOfTheYearAfterTakesItsTargetsBeforeTheTurn() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 12)) {
            store.startYear("主任", 2027);
            store.saveStructure("主任", List.of(row(1, new StructureItem(null, StructureKind.BATTLE, "打好“数字赋能”攻坚战", "2028", 0,
                    null, null, null, null, null, null, false, null, null, null))));
            store.saveStructure("主任", List.of(row(1, new StructureItem(null, StructureKind.INDICATOR, "新增数字化场景", "B5", 0, null,
                    null, "个", 0, Direction.AT_LEAST, IndicatorKind.COUNT, false, null, null, null))));
            CockpitData d = store.load();
            assertThat(d.sections(SectionKind.BATTLE)).extracting(x -> x.code()).as("2027 works on its own")
                    .containsExactly("B1", "B2", "B3", "B4");
            assertThat(d.planBattles()).extracting(x -> x.code()).containsExactly("B5");
            var plan = d.indicators("B5");
            assertThat(plan).singleElement().satisfies(i -> assertThat(i.planYearOffset()).isOne());
            var vm = new cn.techcity.cockpit.ui.editor.EditorViewModel(d, 1);
            assertThat(vm.rows()).anyMatch(r -> r.indicator() != null && r.indicator().code().equals(plan.get(0).code()));
            assertThat(vm.editable(new cn.techcity.cockpit.ui.editor.EditorViewModel.CellKey(plan.get(0).code(),
                    cn.techcity.cockpit.ui.editor.EditorViewModel.Column.BASE))).isTrue();
            assertThat(vm.editable(new cn.techcity.cockpit.ui.editor.EditorViewModel.CellKey(plan.get(0).code(),
                    cn.techcity.cockpit.ui.editor.EditorViewModel.Column.month(1)))).as("2028 has not begun").isFalse();
            assertThat(store.saveEdits("张三", List.of(), List.of(new TargetEdit(plan.get(0).code(), 2028, true, new BigDecimal("12"),
                    false, null, FigureEdit.ANY_VERSION)))).isOne();
            assertThat(store.load().target(plan.get(0).code(), 2028)).isPresent();
        }
    }

    /** A task names the indicator it moves (关联指标): checked, stored, audited, and replayed after an unclean end. */
    @Test
    void aTaskNamesTheIndicatorItMoves() {
        Path db = dir.resolve("c");
        CockpitStore store = CockpitStore.open(db, 2026, 10);
        StructureItem task = item(store, "B3-T01");
        assertThatThrownBy(() -> store.saveStructure("张三", List.of(row(3, task.withLink("Z9-99")))))
                .hasMessageContaining("第3行:关联指标“Z9-99”不存在");
        assertThatThrownBy(() -> store.saveStructure("张三", List.of(row(4, item(store, "A3-01").withLink("B3-01")))))
                .hasMessageContaining("第4行:只有任务可以填关联指标");
        store.saveStructure("张三", List.of(row(1, task.withLink("B3-01"))));
        assertThat(store.auditOf("battle_task", "B3-T01")).anyMatch(a -> "B3-01".equals(a.newValue()));
        store.abandon();
        try (CockpitStore again = CockpitStore.open(db, 2026, 10)) {
            assertThat(item(again, "B3-T01").link()).isEqualTo("B3-01");
            assertThat(again.load().structure()).anyMatch(i -> "B3-T01".equals(i.code()) && "B3-01".equals(i.link()));
        }
    }

    /** Phased targets (上半年 …) of an indicator's year are written in 结构维护's way, checked, and used by the views. */
    @Test
    void phasedTargetsAreWrittenAsClerksWriteThem() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            StructureItem a301 = item(store, "A3-01");
            assertThatThrownBy(() -> store.saveStructure("张三", List.of(row(2, a301.withPhases("上半年6月40")))))
                    .hasMessageContaining("第2行:阶段目标“上半年6月40”应写成 上半年(6月):45.0");
            assertThatThrownBy(() -> store.saveStructure("张三", List.of(row(3, a301.withPhases("上半年(6月):40.123")))))
                    .hasMessageContaining("小数位超过指标的 2 位");
            assertThat(store.saveStructure("张三", List.of(row(1, a301.withPhases("上半年(6月):40.5；前三季度(9月):70"))))).isOne();
            assertThat(item(store, "A3-01").phases()).isEqualTo("上半年(6月):40.5;前三季度(9月):70");
            var target = store.load().target("A3-01", 2026).orElseThrow();
            assertThat(target.phases()).extracting(p -> p.byMonth() + " " + p.label() + " " + p.value().stripTrailingZeros().toPlainString())
                    .containsExactly("6 上半年 40.5", "9 前三季度 70");
            assertThat(store.auditOf("indicator", "A3-01")).anyMatch(a -> "phases".equals(a.field()));
        }
    }
}
