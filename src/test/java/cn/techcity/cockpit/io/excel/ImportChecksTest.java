package cn.techcity.cockpit.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.FigureEdit;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's checks that nothing slips past (issue 13): each bad cell is refused with its sheet, row, column and why,
 * and then nothing is planned (so nothing can be written).
 */
class ImportChecksTest {
    private static final int MONTH_1 = 6;

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

    private ImportPlan plan() {
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            return Imports.read(book, store, "李四");
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

    /** Rewrites one XML part of the workbook (what Excel never writes, but a program or a hostile file may). */
    private void editXml(String part, UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(book)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThat(found).as(part).isTrue();
        Files.write(book, bytes.toByteArray());
    }

    private static Row row(Workbook wb, String code) {
        for (Row r : wb.getSheet(Layout.FIGURES)) {
            if (r.getCell(0) != null && code.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }

    /** The plan is refused with exactly one kind of problem, found where it should be. */
    private ImportPlan.Problem refused(String sheet, String column, String why) {
        ImportPlan plan = plan();
        assertThat(plan.valid()).as(plan.report()).isFalse();
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.report()).contains("未写入任何数据");
        return plan.problems().stream().filter(p -> p.sheet().equals(sheet) && (column == null || column.equals(p.column()))
                && p.why().contains(why)).findFirst().orElseThrow(() -> new AssertionError(plan.report()));
    }

    @Test
    void aDateWhereANumberBelongsIsRefused() throws Exception {
        edit(wb -> {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var cell = row(wb, "A3-01").getCell(MONTH_1 + 9);
            cell.setCellValue(java.time.LocalDate.of(2026, 5, 20));
            cell.setCellStyle(date);
        });
        ImportPlan.Problem p = refused(Layout.FIGURES, "P", "日期格式,不是数字");
        assertThat(p.value()).isEqualTo("2026-05-20");
    }

    @Test
    void aWorkbookOlderThanAnotherClerksSaveDoesNotUndoIt() throws Exception {
        // the workbook was exported; then 张三 saved A3-01's October figure at his seat
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            var data = store.load();
            store.saveEdits("张三", List.of(new FigureEdit("A3-01", 2026, 10, true, new BigDecimal("77.77"), false, null, false, null,
                    data.figureVersion("A3-01", 2026, 10))), List.of());
        }
        ImportPlan.Problem p = refused(Layout.FIGURES, "P", "已把此值保存为“77.77”");
        assertThat(p.why()).contains("张三");
        // the same clerk importing again what she saved herself is not a conflict
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            assertThat(Imports.read(book, store, "张三").problems()).isEmpty();
        }
    }

    @Test
    void aRenamedTasksSheetIsRefusedNotIgnored() throws Exception {
        edit(wb -> wb.setSheetName(wb.getSheetIndex(Layout.TASKS), "任务清单"));
        refused("任务清单", null, "名称不是“任务”");
    }

    @Test
    void dataUnderAnEmptiedMonthHeadingIsRefused() throws Exception {
        edit(wb -> wb.getSheet(Layout.FIGURES).getRow(Layout.HEADER_ROW).getCell(MONTH_1 + 9).setBlank());
        refused(Layout.FIGURES, "P", "没有列标题");
    }

    @Test
    void aNumberInASectionRowIsRefused() throws Exception {
        edit(wb -> {
            Row a301 = row(wb, "A3-01");
            wb.getSheet(Layout.FIGURES).getRow(a301.getRowNum() - 1).createCell(MONTH_1 + 9).setCellValue(12.5);
        });
        refused(Layout.FIGURES, "P", "板块标题行");
    }

    @Test
    void aFormulaWithoutAComputedValueIsRefused() throws Exception {
        edit(wb -> {
            var cell = row(wb, "A3-01").getCell(MONTH_1 + 9);
            cell.setBlank();
            cell.setCellFormula("1+1");     // written by a program: no cached result
        });
        refused(Layout.FIGURES, "P", "公式没有计算结果");
    }

    @Test
    void aNumberInTheDueDateIsRefusedNotReadAsYear57399() throws Exception {
        edit(wb -> wb.getSheet(Layout.TASKS).getRow(Layout.HEADER_ROW + 1).getCell(4).setCellValue(20270630));
        refused(Layout.TASKS, "E", "应写成 2027-06-30");
    }

    @Test
    void aYearBeyondTheIntegerRangeIsRefusedNotWrapped() throws Exception {
        edit(wb -> row(wb, "A3-01").getCell(3).setCellValue(4294969321d));   // 2^32 + 2025
        refused(Layout.FIGURES, "D", "年份应为 2000 至 2100");
    }

    @Test
    void ownersAndNotesLongerThanTheStoreHoldsAreRefusedBeforeTheSave() throws Exception {
        edit(wb -> {
            Row t = wb.getSheet(Layout.TASKS).getRow(Layout.HEADER_ROW + 1);
            t.getCell(3).setCellValue("专".repeat(101));
            wb.getSheet(Layout.TASKS).getRow(Layout.HEADER_ROW + 2).getCell(6).setCellValue("进".repeat(1001));
        });
        ImportPlan plan = plan();
        assertThat(plan.problems()).extracting(ImportPlan.Problem::why).anySatisfy(w -> assertThat(w).contains("责任人超过 100 字"))
                .anySatisfy(w -> assertThat(w).contains("进展情况超过 1000 字"));
    }

    @Test
    void aNoteWithAControlCharacterIsRefused() throws Exception {
        edit(wb -> row(wb, "A3-01").getCell(19).setCellValue("含X新投产企业"));
        editXml("xl/sharedStrings.xml", x -> x.replace("含X新投产企业", "含_x0001_新投产企业"));   // how Excel writes U+0001
        refused(Layout.FIGURES, "T", "控制字符");
    }

    @Test
    void aPhoneticRunIsNotPartOfTheValue() throws Exception {
        edit(wb -> row(wb, "A3-01").getCell(MONTH_1 + 9).setCellValue("55"));
        editXml("xl/sharedStrings.xml", x -> x.replace("<t>55</t>", "<t>55</t><rPh sb=\"0\" eb=\"2\"><t>9</t></rPh>"));
        ImportPlan plan = plan();
        assertThat(plan.valid()).as(plan.report()).isTrue();
        assertThat(plan.figureEdits()).filteredOn(e -> e.indicatorCode().equals("A3-01") && e.month() == 10)
                .extracting(FigureEdit::value).containsExactly(new BigDecimal("55"));
    }

    @Test
    void aNumericCellThatHoldsNoNumberIsNamedNotCalledANonWorkbook() throws Exception {
        for (String bad : new String[] {"NaN", "1e400", "abc"}) {
            seed();
            edit(wb -> row(wb, "A3-01").getCell(MONTH_1 + 9).setCellValue(4242.25));
            editXml("xl/worksheets/sheet1.xml", x -> x.replace("<v>4242.25</v>", "<v>" + bad + "</v>"));
            ImportPlan.Problem p = refused(Layout.FIGURES, "P", "不是有效数值");
            assertThat(p.value()).isEqualTo(bad);
        }
    }

    @Test
    void aWorkbookWithFarTooManyCellsIsRefusedWithAMessage() throws Exception {
        System.setProperty("cockpit.import.max-cells", "500");
        try {
            ImportPlan plan = plan();
            assertThat(plan.valid()).isFalse();
            assertThat(plan.report()).contains("工作簿太大");
        } finally {
            System.clearProperty("cockpit.import.max-cells");
        }
    }

    @Test
    void aMonthSavedByAToolSinceTheExportIsNotAConflictWhenTheWorkbookLeavesItAlone() throws Exception {
        // a stored figure the workbook does not change (same value) is no conflict, whoever saved it since
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.saveFigures("王五", List.of(new MonthlyFigure("A3-01", 2026, 12, new BigDecimal("5"), null, null, Revision.PROVISIONAL,
                    "王五", Instant.now(), false)));
        }
        assertThat(plan().problems()).isEmpty();
    }
}
