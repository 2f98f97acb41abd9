package cn.techcity.cockpit.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.StoreTestSupport;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 结构 sheet: new rows get codes, and any bad row refuses the whole import with its row named, the store unchanged. */
class StructureSheetTest {
    @TempDir
    Path dir;

    /** The sheet as a clerk edits it: by heading, row by code. */
    private static final class Edit {
        final Sheet sheet;
        final Map<String, Integer> col = new HashMap<>();

        Edit(Sheet sheet) {
            this.sheet = sheet;
            for (Cell c : sheet.getRow(1)) {
                col.put(c.getStringCellValue(), c.getColumnIndex());
            }
        }

        Row row(String code) {
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                    return row;
                }
            }
            throw new AssertionError("no row " + code);
        }

        void set(Row row, String heading, String value) {
            row.createCell(col.get(heading)).setCellValue(value);
        }

        void set(Row row, String heading, double value) {
            row.createCell(col.get(heading)).setCellValue(value);
        }

        Row append() {
            return sheet.createRow(sheet.getLastRowNum() + 1);
        }
    }

    private Path book(CockpitStore store, Consumer<Edit> edit) throws Exception {
        Path book = dir.resolve("结构.xlsx");
        ExcelExport.write(store.load(), book);
        Workbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = new XSSFWorkbook(in);
        }
        edit.accept(new Edit(wb.getSheet("结构")));
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
        return book;
    }

    @Test
    void newRowsGetTheirCodesAndRenamesAndRetirementsApplyTogether() throws Exception {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            Path book = book(store, e -> {
                Row r = e.append();
                e.set(r, "类型", "指标");
                e.set(r, "名称", "数字经济核心产业增加值");
                e.set(r, "所属", "A3");
                e.set(r, "状态", "在用");
                e.set(r, "单位", "亿元");
                e.set(r, "类别", "累计金额");
                Row t = e.append();
                e.set(t, "类型", "任务");
                e.set(t, "名称", "完成实验室二期选址");
                e.set(t, "所属", "B1");
                e.set(t, "到期日", "2027-05-31");
                e.set(e.row("A2-P09"), "名称", "芯思总部项目");
                e.set(e.row("TF-10"), "状态", "停用");
            });
            ImportPlan plan = ExcelImport.read(book, store.load(), store::load);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.report()).contains("新增指标", "数字经济核心产业增加值", "A2-P09 名称:xx芯思总部项目 → 芯思总部项目",
                    "TF-10 状态:在用 → 停用");
            store.saveImport("张三", plan.figureEdits(), plan.targetEdits(), plan.taskEdits(), plan.structureRows());
            CockpitData d = store.load();
            assertThat(d.indicators("A3")).last().satisfies(i -> assertThat(i.code() + i.name()).isEqualTo("A3-19数字经济核心产业增加值"));
            assertThat(d.tasks("B1")).last().satisfies(t -> assertThat(t.code() + t.title()).isEqualTo("B1-T07完成实验室二期选址"));
            assertThat(d.projects("A2")).anyMatch(p -> p.name().equals("芯思总部项目"));
            assertThat(d.taskForces()).noneMatch(t -> t.code().equals("TF-10"));
        }
    }

    @Test
    void badRowsRefuseTheWholeImportNamingEachRowAndTheStoreIsUnchanged() throws Exception {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            StoreTestSupport.retireSection(store, "A5", 2026);
            long version = store.dataVersion();
            int[] rows = new int[6];
            Path book = book(store, e -> {
                e.set(e.row("TF-02"), "名称", "改名本身没有问题");
                Row dup = e.row("A1-M02");
                e.set(dup, "编码", "A1-M01");                                 // a duplicate 编码
                rows[0] = dup.getRowNum() + 1;
                Row unit = e.row("A3-01");
                e.set(unit, "单位", "万元");                                     // a unit change on an indicator with figures
                rows[1] = unit.getRowNum() + 1;
                Row kind = e.row("A2-P01");
                e.set(kind, "类型", "工程");                                     // an unknown 类型
                rows[2] = kind.getRowNum() + 1;
                Row empty = e.row("A4-P01");
                e.set(empty, "名称", "");                                        // an empty name
                rows[3] = empty.getRowNum() + 1;
                Row retired = e.append();                                       // a new row in a retired area
                e.set(retired, "类型", "项目");
                e.set(retired, "名称", "新的要素项目");
                e.set(retired, "所属", "A5");
                e.set(retired, "状态", "在用");
                rows[4] = retired.getRowNum() + 1;
                Row date = e.row("B1-T01");
                e.set(date, "到期日", "2028-03-31");                             // not the plan year 2027
                rows[5] = date.getRowNum() + 1;
            });
            ImportPlan plan = ExcelImport.read(book, store.load(), store::load);
            assertThat(plan.valid()).isFalse();
            String report = plan.report();
            assertThat(report).contains("第" + rows[0] + "行", "编码 A1-M01 重复(与第");
            assertThat(report).contains("第" + rows[1] + "行", "不能把单位从“亿元”改为“万元”");
            assertThat(report).contains("第" + rows[2] + "行", "类型须为 指标、项目、任务、节点 或 专班");
            assertThat(report).contains("第" + rows[3] + "行", "名称为空");
            assertThat(report).contains("第" + rows[4] + "行", "所属 A5(发展要素实现新跨越)已停用");
            assertThat(report).contains("第" + rows[5] + "行", "到期日 2028-03-31 不在该攻坚战的计划年度 2027 年内");
            assertThat(report).as("the rename alone was fine").doesNotContain("改名本身没有问题");
            assertThat(plan.structureRows()).as("a refused plan has nothing to apply").isEmpty();
            assertThat(plan.figureEdits()).isEmpty();
            assertThat(store.dataVersion()).isEqualTo(version);
            assertThat(store.structure().stream().filter(i -> i.code().equals("TF-02")).findFirst().orElseThrow().name())
                    .isEqualTo("国科大xx研究院专班");
        }
    }

    /** After the turn, a workbook of the archived year is refused by the check (and so by --dry-run), its cell named. */
    @Test
    void aWorkbookOfTheArchivedYearIsRefusedByTheCheck() throws Exception {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 11)) {
            Path book = dir.resolve("2026.xlsx");
            ExcelExport.write(store.load(), book);
            store.startYear("主任", 2027);
            Workbook wb;
            try (InputStream in = Files.newInputStream(book)) {
                wb = new XSSFWorkbook(in);
            }
            Edit e = new Edit(wb.getSheet("月度数据"));
            Row r = e.row("A3-01");
            e.set(r, "11月", 99.0);
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
            wb.close();
            ImportPlan plan = ExcelImport.read(book, store.load(), store::load);
            assertThat(plan.valid()).isFalse();
            assertThat(plan.report()).contains("第" + (r.getRowNum() + 1) + "行", "2026 年度已结束并归档");
        }
    }
}
