package cn.techcity.cockpit.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.store.CockpitStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel in and out against a real store: the round trip changes nothing; an edited workbook changes exactly the edited
 * cells with audit rows; a department's own sheet is matched by name; every kind of bad workbook is refused with each
 * problem named, and the store's contents stay byte-for-byte the same.
 */
class ExcelImportTest {
    @TempDir
    Path dir;
    private Path db;
    private Path book;

    @BeforeEach
    void seed() {
        db = dir.resolve("c");
        book = dir.resolve("2026.xlsx");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            ExcelExport.write(store.load(), book);
        }
    }

    /** Every table's rows, as H2 scripts them: equal dumps mean equal contents. */
    private String dump() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append(rs.getString(1)).append('\n');
            }
            return b.toString();
        }
    }

    private ImportPlan plan() {
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            return Imports.read(book, store);
        }
    }

    private void edit(Consumer<Workbook> change) throws Exception {
        Workbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = new XSSFWorkbook(in);
        }
        change.accept(wb);
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
    }

    /** The row of an indicator in the monthly sheet. */
    private static Row row(Workbook wb, String code) {
        Sheet s = wb.getSheet(Layout.FIGURES);
        for (Row r : s) {
            if (r.getCell(0) != null && code.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static final int MONTH_1 = 6;

    @Test
    void exportThenImportWithoutEditsChangesNothing() throws Exception {
        String before = dump();
        ImportPlan plan = plan();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).isEmpty();
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            long version = store.dataVersion();
            assertThat(Imports.apply(store, "张三", plan)).isZero();
            assertThat(store.dataVersion()).isEqualTo(version);
        }
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void theWorkbookHasTheClerksLayout() throws Exception {
        try (InputStream in = Files.newInputStream(book); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(Layout.FIGURES);
            assertThat(wb.getSheet(Layout.TARGETS)).isNotNull();
            assertThat(wb.getSheet(Layout.TASKS)).isNotNull();
            Sheet s = wb.getSheet(Layout.FIGURES);
            Row header = s.getRow(Layout.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编码");
            assertThat(header.getCell(MONTH_1 + 9).getStringCellValue()).isEqualTo("10月");
            assertThat(header.getCell(18).getStringCellValue()).isEqualTo("10月同比(%)");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            Row a301 = row(wb, "A3-01");
            assertThat(a301.getCell(2).getStringCellValue()).isEqualTo("亿元");
            assertThat(a301.getCell(MONTH_1 + 9).getCellStyle().getDataFormatString()).as("xx.xx").isEqualTo("0.00");
            assertThat(row(wb, "A3-03").getCell(MONTH_1).getCellStyle().getDataFormatString()).as("x.x").isEqualTo("0.0");
            assertThat(a301.getCell(MONTH_1 + 10).getCellType()).as("no November figure yet").isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            // grouped by work area: the row above the first A3 indicator is the area's
            Row group = s.getRow(a301.getRowNum() - 1);
            assertThat(group.getCell(0).getStringCellValue()).isEqualTo("A3");
            assertThat(group.getCell(1).getStringCellValue()).isEqualTo("产业发展再上新台阶");
        }
    }

    @Test
    void anEditedWorkbookChangesExactlyTheEditedCellsInOneAuditedSave() throws Exception {
        edit(wb -> {
            row(wb, "A3-01").getCell(MONTH_1 + 9).setCellValue(99.99);          // a figure
            row(wb, "A3-01").getCell(MONTH_1 + 10).setCellValue(101.5);         // a new month
            row(wb, "A3-01").getCell(4).setCellValue(120);                     // the target
            row(wb, "A3-01").getCell(19).setCellValue("含新投产企业");            // the note of month 10
            Sheet t = wb.getSheet(Layout.TASKS);
            t.getRow(Layout.HEADER_ROW + 1).getCell(3).setCellValue("xx实验室专班");
            t.getRow(Layout.HEADER_ROW + 1).getCell(5).setCellValue("进行中");
        });
        ImportPlan plan = plan();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).extracting(ImportPlan.Change::what).containsExactlyInAnyOrder(
                "A3-01 规上工业增加值 2026年目标", "A3-01 规上工业增加值 2026年10月", "A3-01 规上工业增加值 2026年10月备注",
                "A3-01 规上工业增加值 2026年11月", "B1-T01 推动xx实验室快速发挥创新引领作用 责任人",
                "B1-T01 推动xx实验室快速发挥创新引领作用 状态");
        assertThat(plan.report()).contains("将修改 6 个值", "→ 99.99");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            long version = store.dataVersion();
            assertThat(Imports.apply(store, "张三", plan)).isEqualTo(6);
            assertThat(store.dataVersion()).as("one transaction").isEqualTo(version + 1);
            CockpitData d = store.load();
            assertThat(d.figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo("99.99");
            assertThat(d.figure("A3-01", 2026, 10).orElseThrow().note()).isEqualTo("含新投产企业");
            assertThat(d.figure("A3-01", 2026, 11).orElseThrow().value()).isEqualByComparingTo("101.5");
            assertThat(d.target("A3-01", 2026).orElseThrow().base()).isEqualByComparingTo("120");
            assertThat(d.tasks("B1").get(0).owner()).isEqualTo("xx实验室专班");
            assertThat(d.tasks("B1").get(0).status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(store.auditOf("monthly_figure", "A3-01/2026/10")).extracting(a -> a.who() + ":" + a.newValue())
                    .contains("张三:99.99", "张三:含新投产企业");
            assertThat(store.taskHistory("B1-T01")).isNotEmpty();
        }
        assertThat(plan().changes()).as("importing the same file again changes nothing").isEmpty();
    }

    @Test
    void aDepartmentsOwnSheetIsMatchedByExactName() throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            Row title = s.createRow(0);
            title.createCell(0).setCellValue("经发局报送 2026年10月");
            Row h = s.createRow(2);
            h.createCell(0).setCellValue("序号");
            h.createCell(1).setCellValue("指 标");
            h.createCell(2).setCellValue("单位");
            h.createCell(3).setCellValue("10月\n累计");
            h.createCell(4).setCellValue("10月同比(%)");
            Row r = s.createRow(3);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("高新技术产业增加值");
            r.createCell(2).setCellValue("亿元");
            r.createCell(3).setCellValue("88.12");   // a number kept as text, as pasted
            r.createCell(4).setCellValue(12.5);
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        ImportPlan plan = plan();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).extracting(ImportPlan.Change::what)
                .containsExactlyInAnyOrder("A3-02 高新技术产业增加值 2026年10月", "A3-02 高新技术产业增加值 2026年10月同比(%)");
        assertThat(plan.notes()).anyMatch(n -> n.both().contains("Sheet1")).anyMatch(n -> n.both().contains("序号"));
    }

    @Test
    void badCellsAreAllNamedAndNothingIsWritten() throws Exception {
        edit(wb -> {
            row(wb, "A3-01").getCell(MONTH_1 + 9).setCellValue("四十五");          // text in a number cell
            row(wb, "A3-02").getCell(MONTH_1 + 9).setCellValue("４５.６");          // full-width digits
            row(wb, "A3-03").getCell(MONTH_1 + 9).setCellValue(-3);                // negative
            row(wb, "A3-04").getCell(MONTH_1 + 9).setCellValue(1.23456);           // too many decimals for x.xx
            row(wb, "A2-04").getCell(2).setCellValue("亿元");                       // wrong unit
            Sheet s = wb.getSheet(Layout.FIGURES);
            Row dup = s.createRow(s.getLastRowNum() + 1);
            dup.createCell(0).setCellValue("A1-03");                               // a duplicate row
            dup.createCell(2).setCellValue("项");
            dup.createCell(MONTH_1).setCellValue(3);
            Row unknown = s.createRow(s.getLastRowNum() + 1);
            unknown.createCell(1).setCellValue("不存在的指标");
            unknown.createCell(2).setCellValue("个");
            unknown.createCell(MONTH_1).setCellValue(1);
            wb.getSheet(Layout.TASKS).getRow(Layout.HEADER_ROW + 2).getCell(5).setCellValue("差不多了");
            wb.getSheet(Layout.TASKS).getRow(Layout.HEADER_ROW + 3).getCell(4).setCellValue("明年六月");
            // a good change beside them must not be written either
            row(wb, "A3-05").getCell(MONTH_1 + 9).setCellValue(77);
        });
        String before = dump();
        ImportPlan plan = plan();
        assertThat(plan.valid()).isFalse();
        assertThat(plan.problems()).extracting(ImportPlan.Problem::toString).anySatisfy(p -> assertThat(p)
                .contains("[月度数据]", "P列(10月)", "“四十五”", "不是数字")).anySatisfy(p -> assertThat(p)
                .contains("全角", "45.6")).anySatisfy(p -> assertThat(p).contains("不能为负数"))
                .anySatisfy(p -> assertThat(p).contains("“1.23456”", "小数位数")).anySatisfy(p -> assertThat(p)
                .contains("C列(单位)", "“亿元”", "万美元")).anySatisfy(p -> assertThat(p).contains("“A1-03”", "重复"))
                .anySatisfy(p -> assertThat(p).contains("“不存在的指标”")).anySatisfy(p -> assertThat(p)
                .contains("[任务]", "F列(状态)", "“差不多了”")).anySatisfy(p -> assertThat(p).contains("“明年六月”", "日期"));
        assertThat(plan.problems()).hasSize(9);
        assertThat(plan.figureEdits()).as("a refused plan carries no edits").isEmpty();
        assertThat(plan.report()).startsWith("导入未执行:发现 9 个问题,未写入任何数据");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void mergedCellsAMissingColumnAWrongSheetAndANonWorkbookAreRefused() throws Exception {
        edit(wb -> wb.getSheet(Layout.FIGURES).addMergedRegion(new CellRangeAddress(5, 5, MONTH_1, MONTH_1 + 1)));
        assertThat(plan().problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("合并单元格", "G6:H6"));

        try (Workbook wb = new XSSFWorkbook()) {
            Row h = wb.createSheet(Layout.FIGURES).createRow(0);
            h.createCell(0).setCellValue("编码");
            h.createCell(1).setCellValue("10月");
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        assertThat(plan().problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("缺少列“单位”"));

        try (Workbook wb = new XSSFWorkbook()) {
            wb.createSheet("工资表").createRow(0).createCell(0).setCellValue("姓名");
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        assertThat(plan().problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .contains("没有“月度数据”", "工资表"));

        Files.writeString(book, "编码,指标\nA3-01,45.6\n");
        assertThat(plan().problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("不是 Excel 工作簿"));
        Files.write(book, new byte[0]);
        assertThat(plan().problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("不是 Excel 工作簿"));
    }

    @Test
    void aSaveByAnotherSeatBetweenPreviewAndApplyIsAConflictAndNothingIsWritten() throws Exception {
        edit(wb -> row(wb, "A3-01").getCell(MONTH_1 + 9).setCellValue(55.5));
        ImportPlan plan = plan();
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            CockpitData d = store.load();
            store.saveEdits("李四", java.util.List.of(new cn.techcity.cockpit.store.FigureEdit("A3-01", 2026, 10, true,
                    new java.math.BigDecimal("60.00"), false, null, false, null, d.figureVersion("A3-01", 2026, 10))), java.util.List.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Imports.apply(store, "张三", plan))
                    .isInstanceOf(cn.techcity.cockpit.store.ConflictException.class);
            assertThat(store.load().figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo("60");
        }
    }
}
