package cn.techcity.cockpit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.io.excel.ImportPlan;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's 文件 menu does what the command line does: export, import with a preview, PNG, summary. */
@ExtendWith(ApplicationExtension.class)
class FileActionsTest {
    private Path dir;
    private DbExecutor db;
    private CompletableFuture<CockpitStore> store;
    private CockpitUi ui;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("cockpit-files");
        db = new DbExecutor();
        store = db.submit(() -> CockpitStore.open(dir.resolve("c"), 2026, 10));
        CockpitData data = store.thenApplyAsync(CockpitStore::load, db).get(30, TimeUnit.SECONDS);
        session = new Session(store, db, javafx.application.Platform::runLater, Clock.systemDefaultZone());
        session.publishFirst(data);
        ui = cn.techcity.cockpit.ui.app.Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { }, Clock.systemDefaultZone(), session);
        ui.shell().show(ViewId.AREA_INDUSTRY);
        stage.setScene(ui.scene(1920, 1080));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theMenuIsThereAndEveryActionWritesItsFile(FxRobot robot) throws Exception {
        MenuButton menu = robot.lookup(".shell-files").queryAs(MenuButton.class);
        assertThat(menu.getText()).isEqualTo("文件");
        assertThat(menu.getItems()).extracting(MenuItem::getText).contains("导出 Excel…", "导入 Excel…", "生成 PDF 简报…",
                "导出当前视图图片(PNG)…", "复制工作总结", "保存工作总结(Word)…");
        FileActions actions = ui.shell().fileActions();

        Path book = dir.resolve("out.xlsx");
        actions.exportWorkbook(book).start().get(30, TimeUnit.SECONDS);
        ImportPlan same = actions.planImport(book).start().get(30, TimeUnit.SECONDS);
        assertThat(same.valid()).isTrue();
        assertThat(same.changes()).isEmpty();

        // edit one cell as a clerk would in Excel, preview, apply: the open views show it
        Workbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = new XSSFWorkbook(in);
        }
        for (Row r : wb.getSheet("月度数据")) {
            if (r.getCell(0) != null && "A3-01".equals(r.getCell(0).getStringCellValue())) {
                r.getCell(15).setCellValue(88.88);
            }
        }
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
        ImportPlan plan = actions.planImport(book).start().get(30, TimeUnit.SECONDS);
        assertThat(plan.changes()).singleElement().satisfies(c -> assertThat(c.newValue()).isEqualTo("88.88"));
        actions.applyImport(plan).start().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();     // the session published the import: nothing pushed by hand
        assertThat(ui.shell().data().figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo("88.88");

        Path png = dir.resolve("view.png");
        actions.savePng(png).start().get(60, TimeUnit.SECONDS);
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);

        assertThat(actions.summaryText()).startsWith("一、2026年工作总结").contains("实现规上工业增加值88.88亿元");
        Path docx = dir.resolve("总结.docx");
        actions.saveSummary(docx).start().get(30, TimeUnit.SECONDS);
        try (InputStream in = Files.newInputStream(docx);
             org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .reduce("", (a, b) -> a + b + "\n");
            assertThat(text).contains("一、2026年工作总结", "(三)产业发展再上新台阶。", "实现规上工业增加值88.88亿元");
        }
    }
}
