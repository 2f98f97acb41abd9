package cn.techcity.cockpit.ui.structure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.content.WorkSummary;
import cn.techcity.cockpit.io.excel.ExcelExport;
import cn.techcity.cockpit.io.excel.ExcelImport;
import cn.techcity.cockpit.io.excel.ImportPlan;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.ui.app.Briefing;
import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import cn.techcity.cockpit.ui.wall.Wall;
import cn.techcity.cockpit.ui.wall.WallOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 15's proof of a rename: xx实验室 renamed through the workbook's 结构 sheet (as a clerk does it in Excel with
 * find and replace) is found in every view, on the wall, in the summary, the PDF's text and the next export, and the
 * old name nowhere.
 */
@ExtendWith(ApplicationExtension.class)
class RenameEverywhereTest {
    private static final String OLD = "xx实验室";
    private static final String NEW = "甬江实验室";

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aRenameThroughTheStructureSheetReachesEveryOutput(FxRobot robot) throws Exception {
        CockpitData data;
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            Path book = dir.resolve("导出.xlsx");
            ExcelExport.write(store.load(), book);
            int renamed = replaceInStructureSheet(book);
            assertThat(renamed).as("names with xx实验室 in the 结构 sheet").isGreaterThanOrEqualTo(4);
            ImportPlan plan = ExcelImport.read(book, store.load(), store::load);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.structureRows()).hasSize(renamed);
            assertThat(plan.report()).contains("→ 推动" + NEW);
            store.saveImport("张三", plan.figureEdits(), plan.targetEdits(), plan.taskEdits(), plan.structureRows());
            data = store.load();
        }
        assertThat(data.maskedNames()).noneMatch(n -> n.contains(OLD));

        // every view of the desk
        StringBuilder views = new StringBuilder();
        for (ViewId id : ViewId.values()) {
            robot.interact(() -> {
                CockpitUi ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { });
                ui.shell().show(id);
                stage.setScene(ui.scene(1920, 1080));
                stage.show();
                views.append(texts(stage.getScene().getRoot()));
            });
        }
        assertThat(views.toString()).contains(NEW + "成功挂牌落地", NEW + "专班", "推动" + NEW).doesNotContain(OLD);

        // every page of the wall
        StringBuilder wallText = new StringBuilder();
        List<ViewId> pages = Arrays.stream(ViewId.values()).filter(cn.techcity.cockpit.ui.wall.WallPages.SHOWN::contains).toList();
        robot.interact(() -> {
            Wall wall = new Wall(I18n.chinese(), data, new WallOptions(0, 600, pages, -1, -1, 45, 0, 0), Clock.systemDefaultZone());
            stage.setScene(wall.scene(1920, 1080));
            for (int i = 0; i < wall.pages().size(); i++) {
                wallText.append(texts(stage.getScene().getRoot()));
                wall.next(1);
            }
            wall.stop();
        });
        assertThat(wallText.toString()).contains(NEW + "专班").doesNotContain(OLD);

        String summary = WorkSummary.of(data, 10).text();
        assertThat(summary).contains(NEW + "成功挂牌落地").doesNotContain(OLD);

        Path pdf = dir.resolve("简报.pdf");
        Briefing.write(data, 10, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains(NEW).doesNotContain(OLD);
        }

        Path again = dir.resolve("再导出.xlsx");
        ExcelExport.write(data, again);
        String cells = allCells(again);
        assertThat(cells).contains(NEW + "专班", NEW + "成功挂牌落地", "推动" + NEW).doesNotContain(OLD);
    }

    /** Find and replace in the 名称 column of the 结构 sheet; returns how many cells changed. */
    private static int replaceInStructureSheet(Path book) throws Exception {
        int n = 0;
        Workbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet sh = wb.getSheet("结构");
        Row header = sh.getRow(1);
        int nameCol = -1;
        for (Cell c : header) {
            if ("名称".equals(c.getStringCellValue())) {
                nameCol = c.getColumnIndex();
            }
        }
        for (int r = 2; r <= sh.getLastRowNum(); r++) {
            Cell c = sh.getRow(r).getCell(nameCol);
            if (c != null && c.getStringCellValue().contains(OLD)) {
                c.setCellValue(c.getStringCellValue().replace(OLD, NEW));
                n++;
            }
        }
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
        return n;
    }

    private static String allCells(Path book) throws Exception {
        StringBuilder b = new StringBuilder();
        try (InputStream in = Files.newInputStream(book); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sh : wb) {
                for (Row r : sh) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING) {
                            b.append(c.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
        }
        return b.toString();
    }

    private static String texts(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return String.join("\n", out);
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Text t && t.getText() != null) {
            out.add(t.getText());
        }
        if (n instanceof javafx.scene.control.TableView<?> table) {
            for (Object item : table.getItems()) {
                out.add(String.valueOf(item));
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
