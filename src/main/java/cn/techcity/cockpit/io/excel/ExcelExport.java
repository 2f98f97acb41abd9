package cn.techcity.cockpit.io.excel;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TargetPhase;
import cn.techcity.cockpit.domain.TaskStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import cn.techcity.cockpit.io.FileException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the year's workbook in the layout clerks use: 月度数据 (one row per indicator grouped by work area: unit, base
 * and stretch target, months 1..12, the cut-off month's reported 同比 and note), 目标 (every target with its phases and
 * where it stands, read-only) and 任务 (the battle tasks). Styled headers, frozen panes, each figure in its indicator's
 * precision. The file is written beside the target and moved into place, so a failed export leaves the old file.
 */
public final class ExcelExport {
    private ExcelExport() {
    }

    /** The month whose 同比 and note the monthly sheet carries: the newest month of {@code year} with a figure, else 12. */
    static int noteMonth(CockpitData data, int year) {
        int best = 0;
        for (Indicator i : data.indicators()) {
            int y = year + i.planYearOffset();
            for (int m = 12; m > best; m--) {
                if (data.figure(i.code(), y, m).isPresent()) {
                    best = m;
                    break;
                }
            }
        }
        return best == 0 ? 12 : best;
    }

    /**
     * Writes the workbook of {@code year} (the data must be loaded for that year) to {@code file}.
     *
     * @throws FileException when the file cannot be written (open in Excel, no permission, disk full)
     */
    public static void write(CockpitData data, Path file) {
        cn.techcity.cockpit.io.AtomicFile.write(file, "Excel", out -> {
            try (Workbook wb = build(data)) {
                wb.write(out);
            }
        });
    }

    static Workbook build(CockpitData data) {
        return build(data, java.time.Instant.now());
    }

    static Workbook build(CockpitData data, java.time.Instant exportedAt) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        figures(wb, st, data);
        targets(wb, st, data);
        tasks(wb, st, data);
        structure(wb, st, data);
        Sheet info = wb.createSheet(Layout.EXPORT_INFO);
        Row r = info.createRow(0);
        r.createCell(0).setCellValue(Layout.EXPORTED_AT);
        r.createCell(1).setCellValue(exportedAt.toString());
        Row v = info.createRow(1);
        v.createCell(0).setCellValue("数据版本");
        v.createCell(1).setCellValue(data.dataVersion());
        wb.setSheetVisibility(wb.getSheetIndex(info), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        wb.setActiveSheet(0);
        return wb;
    }

    private static void figures(Workbook wb, Styles st, CockpitData data) {
        int year = data.year();
        int noteMonth = noteMonth(data, year);
        Sheet sh = wb.createSheet(Layout.FIGURES);
        List<String> heads = new ArrayList<>(List.of(Layout.CODE, Layout.NAME, Layout.UNIT, Layout.YEAR, Layout.BASE, Layout.STRETCH));
        for (int m = 1; m <= 12; m++) {
            heads.add(Layout.month(m));
        }
        heads.add(Layout.growth(noteMonth));
        heads.add(Layout.note(noteMonth));
        title(sh, st, year + "年月度数据(1-N月累计数)" + (data.hasSample() ? "  含示例数据" : "")
                + "  说明:空单元格导入时不修改已有数据;编码列请勿修改", heads.size());
        header(sh, st, heads);
        int r = Layout.HEADER_ROW + 1;
        List<Section> groups = new ArrayList<>(data.sections());
        groups.addAll(data.planBattles());      // the plan of the year after: its targets
        for (Section s : groups) {
            List<Indicator> list = data.indicators(s.code());
            if (list.isEmpty()) {
                continue;
            }
            Row g = sh.createRow(r++);
            cell(g, 0, s.code(), st.group);
            cell(g, 1, s.title(), st.group);
            for (int c = 2; c < heads.size(); c++) {
                g.createCell(c).setCellStyle(st.group);
            }
            for (Indicator i : list) {
                int y = year + i.planYearOffset();
                Row row = sh.createRow(r++);
                cell(row, 0, i.code(), st.text);
                cell(row, 1, i.name(), st.text);
                cell(row, 2, i.unit(), st.text);
                number(row, 3, BigDecimal.valueOf(y), st.number(0));
                Target t = data.target(i.code(), y).orElse(null);
                number(row, 4, t == null ? null : t.base(), st.number(i.decimals()));
                number(row, 5, t == null ? null : t.stretch(), st.number(i.decimals()));
                for (int m = 1; m <= 12; m++) {
                    MonthlyFigure f = data.figure(i.code(), y, m).orElse(null);
                    number(row, 5 + m, f == null ? null : f.value(), st.number(i.decimals()));
                }
                MonthlyFigure f = data.figure(i.code(), y, noteMonth).orElse(null);
                number(row, 18, f == null ? null : f.reportedGrowth(), st.number(2));
                cell(row, 19, f == null ? null : f.note(), st.text);
            }
        }
        int[] widths = {9, 40, 9, 7, 11, 11};
        for (int c = 0; c < heads.size(); c++) {
            sh.setColumnWidth(c, 256 * (c < widths.length ? widths[c] : c == 19 ? 30 : 10));
        }
        sh.createFreezePane(3, Layout.HEADER_ROW + 1);
    }

    private static void targets(Workbook wb, Styles st, CockpitData data) {
        int year = data.year();
        Sheet sh = wb.createSheet(Layout.TARGETS);
        List<String> heads = List.of(Layout.CODE, Layout.NAME, Layout.UNIT, Layout.YEAR, Layout.BASE, Layout.STRETCH,
                "阶段目标", "完成率", "状态");
        title(sh, st, "各年度目标一览(只读,导入时不读取;修改目标请在“月度数据”表中修改)", heads.size());
        header(sh, st, heads);
        int month = data.latestMonth().orElse(12);
        int r = Layout.HEADER_ROW + 1;
        for (Indicator i : data.indicators()) {
            for (int y = year - 1; y <= year + 1; y++) {
                Target t = data.target(i.code(), y).orElse(null);
                if (t == null) {
                    continue;
                }
                Row row = sh.createRow(r++);
                cell(row, 0, i.code(), st.text);
                cell(row, 1, i.name(), st.text);
                cell(row, 2, i.unit(), st.text);
                number(row, 3, BigDecimal.valueOf(y), st.number(0));
                number(row, 4, t.base(), st.number(i.decimals()));
                number(row, 5, t.stretch(), st.number(i.decimals()));
                cell(row, 6, t.phases().stream().map(TargetPhase::label).collect(Collectors.joining(";")).isEmpty() ? null
                        : t.phases().stream().map(p -> p.label() + "(" + p.byMonth() + "月):" + p.value().toPlainString())
                        .collect(Collectors.joining(";")), st.text);
                if (y == year + i.planYearOffset()) {
                    Assessment a = data.assess(i, month);
                    number(row, 7, a.completion() == null ? null : a.completion(), st.percent);
                    cell(row, 8, cn.techcity.cockpit.io.StatusWords.of(a.status()), st.text);
                }
            }
        }
        int[] widths = {9, 40, 9, 7, 11, 11, 30, 10, 10};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, 256 * widths[c]);
        }
        sh.createFreezePane(2, Layout.HEADER_ROW + 1);
        sh.protectSheet("");
    }

    private static void tasks(Workbook wb, Styles st, CockpitData data) {
        Sheet sh = wb.createSheet(Layout.TASKS);
        List<String> heads = List.of(Layout.CODE, Layout.TASK_BATTLE, Layout.TASK_TITLE, Layout.TASK_OWNER, Layout.TASK_DUE,
                Layout.TASK_STATUS, Layout.TASK_NOTE);
        title(sh, st, data.battlesYear() + "年攻坚战任务(状态可选:" + Arrays.stream(TaskStatus.values()).map(TaskStatus::chinese)
                .collect(Collectors.joining("、")) + ";完成时限如 " + data.battlesYear() + "-06-30)", heads.size());
        header(sh, st, heads);
        int r = Layout.HEADER_ROW + 1;
        for (BattleTask t : data.tasks()) {
            Row row = sh.createRow(r++);
            cell(row, 0, t.code(), st.text);
            cell(row, 1, data.section(t.battleCode()).map(Section::title).orElse(t.battleCode()), st.text);
            cell(row, 2, t.title(), st.text);
            cell(row, 3, t.owner(), st.text);
            Cell due = row.createCell(4);
            due.setCellStyle(st.date);
            if (t.due() != null) {
                due.setCellValue(t.due());
            }
            cell(row, 5, t.status().chinese(), st.text);
            cell(row, 6, t.progressNote(), st.text);
        }
        int[] widths = {9, 24, 50, 14, 12, 9, 40};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, 256 * widths[c]);
        }
        sh.createFreezePane(3, Layout.HEADER_ROW + 1);
        if (r > Layout.HEADER_ROW + 1) {
            DataValidationHelper h = sh.getDataValidationHelper();
            DataValidation v = h.createValidation(h.createExplicitListConstraint(Arrays.stream(TaskStatus.values())
                    .map(TaskStatus::chinese).toArray(String[]::new)), new CellRangeAddressList(Layout.HEADER_ROW + 1, r - 1, 5, 5));
            v.setShowErrorBox(true);
            v.createErrorBox("状态", "请从列表中选择状态");
            sh.addValidationData(v);
        }
    }

    /**
     * 结构: one row per named item, in use and retired, for renames and new items in Excel (issue 15). 所属名称 is there
     * to read; the import goes by 所属's code.
     */
    private static void structure(Workbook wb, Styles st, CockpitData data) {
        if (data.structure().isEmpty()) {
            return;
        }
        Sheet sh = wb.createSheet(Layout.STRUCTURE);
        List<String> heads = List.of(Layout.CODE, Layout.S_KIND, Layout.S_NAME, Layout.S_PARENT, Layout.S_PARENT_NAME,
                Layout.S_STATUS, Layout.S_ORD, Layout.UNIT, Layout.S_DECIMALS, Layout.S_DIRECTION, Layout.S_INDICATOR_KIND,
                Layout.S_START, Layout.S_DUE, Layout.S_MONTH, Layout.S_HEADLINE, Layout.S_LINK, Layout.S_PHASES);
        title(sh, st, "结构:改名称直接改;新增一行请把编码留空(导入时自动编码);停用改“状态”为停用(有数据的不删除,"
                + "保留历史);所属填板块或攻坚战编码", heads.size());
        header(sh, st, heads);
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        data.allSections().forEach(x -> titles.put(x.code(), x.title()));
        int r = Layout.HEADER_ROW + 1;
        for (var i : data.structure()) {
            Row row = sh.createRow(r++);
            cell(row, 0, i.code(), st.text);
            cell(row, 1, i.kind().chinese(), st.text);
            cell(row, 2, i.name(), st.text);
            cell(row, 3, i.parent(), st.text);
            cell(row, 4, titles.get(i.parent()), st.text);
            cell(row, 5, i.retired() ? Layout.RETIRED : Layout.IN_USE, st.text);
            number(row, 6, BigDecimal.valueOf(i.ord()), st.number(0));
            cell(row, 7, i.unit(), st.text);
            number(row, 8, i.decimals() == null ? null : BigDecimal.valueOf(i.decimals()), st.number(0));
            cell(row, 9, i.direction() == null ? null : i.direction().chinese(), st.text);
            cell(row, 10, i.indicatorKind() == null ? null : Layout.kindWord(i.indicatorKind()), st.text);
            dateCell(row, 11, i.start(), st);
            dateCell(row, 12, i.due(), st);
            number(row, 13, i.month() == null ? null : BigDecimal.valueOf(i.month()), st.number(0));
            cell(row, 14, i.kind() == cn.techcity.cockpit.domain.StructureKind.INDICATOR ? (i.headline() ? "是" : "否") : null, st.text);
            cell(row, 15, i.link(), st.text);
            cell(row, 16, i.phases(), st.text);
        }
        int[] widths = {9, 7, 44, 7, 26, 7, 6, 8, 7, 7, 10, 12, 12, 6, 9, 9, 30};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, 256 * widths[c]);
        }
        sh.createFreezePane(3, Layout.HEADER_ROW + 1);
        int last = r + 200;     // room for new rows
        list(sh, new String[] {"指标", "项目", "任务", "节点", "专班"}, last, 1, "类型");
        list(sh, new String[] {Layout.IN_USE, Layout.RETIRED}, last, 5, "状态");
        list(sh, new String[] {"以上", "以内", "左右"}, last, 9, "方向");
        list(sh, new String[] {"累计金额", "累计数量", "增长率", "水平值"}, last, 10, "类别");
        list(sh, new String[] {"是", "否"}, last, 14, "主要指标");
    }

    private static void list(Sheet sh, String[] words, int lastRow, int column, String what) {
        DataValidationHelper h = sh.getDataValidationHelper();
        DataValidation v = h.createValidation(h.createExplicitListConstraint(words),
                new CellRangeAddressList(Layout.HEADER_ROW + 1, lastRow, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox(what, "请从列表中选择" + what);
        sh.addValidationData(v);
    }

    private static void dateCell(Row row, int c, java.time.LocalDate d, Styles st) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(st.date);
        if (d != null) {
            cell.setCellValue(d);
        }
    }

    private static void title(Sheet sh, Styles st, String text, int columns) {
        Row t = sh.createRow(0);
        t.setHeightInPoints(24);
        cell(t, 0, text, st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    private static void header(Sheet sh, Styles st, List<String> heads) {
        Row h = sh.createRow(Layout.HEADER_ROW);
        h.setHeightInPoints(30);
        for (int c = 0; c < heads.size(); c++) {
            cell(h, c, heads.get(c), st.header);
        }
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (text != null) {
            cell.setCellValue(text);
        }
    }

    private static void number(Row row, int c, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle group;
        final CellStyle text;
        final CellStyle date;
        final CellStyle percent;
        private final CellStyle[] numbers = new CellStyle[5];

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(wb);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            group = bordered(wb);
            group.setFont(bold);
            group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            percent = bordered(wb);
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            for (int d = 0; d < numbers.length; d++) {
                numbers[d] = bordered(wb);
                numbers[d].setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            }
        }

        CellStyle number(int decimals) {
            return numbers[Math.max(0, Math.min(decimals, numbers.length - 1))];
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
