package cn.techcity.cockpit.ui.shell;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.content.WorkSummary;
import cn.techcity.cockpit.io.excel.ImportPlan;
import cn.techcity.cockpit.io.report.SummaryDocx;
import cn.techcity.cockpit.session.Failures;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.session.Work;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The 文件 menu of the window: Excel out and in (with the import's preview before anything is written), the PDF
 * briefing, a PNG of the current view, and the work summary copied or saved as Word. The work runs through the
 * session: store work on the database thread, pictures and files on its files thread.
 */
public final class FileActions {
    private final I18n i18n;
    private final Pictures pictures;
    private final Session session;
    private final Supplier<Integer> month;
    private final Supplier<ViewId> current;
    private final Consumer<String> status;
    private final Supplier<Window> owner;

    FileActions(I18n i18n, Session session, Pictures pictures, Supplier<Integer> month, Supplier<ViewId> current,
                Consumer<String> status, Supplier<Window> owner) {
        this.i18n = i18n;
        this.pictures = pictures;
        this.session = session;
        this.month = month;
        this.current = current;
        this.status = status;
        this.owner = owner;
    }

    private CockpitData data() {
        return session.current();
    }

    MenuButton menu() {
        MenuButton m = new MenuButton(i18n.t("files.menu"));
        m.getStyleClass().addAll("shell-button", "shell-files");
        m.setFocusTraversable(false);
        m.getItems().addAll(
                item("files.export", () -> choose(owner, true, "files.excel-filter", "*.xlsx", data().year() + "年月度数据.xlsx")
                        .ifPresent(f -> report(exportWorkbook(f)))),
                item("files.import", () -> choose(owner, false, "files.excel-filter", "*.xlsx", null).ifPresent(this::importWithPreview)),
                new SeparatorMenuItem(),
                item("files.report", () -> choose(owner, true, "files.pdf-filter", "*.pdf",
                        "简报" + data().year() + "年" + month.get() + "月.pdf").ifPresent(f -> report(writeBriefing(f)))),
                item("files.png", () -> choose(owner, true, "files.png-filter", "*.png",
                        current.get().id() + "-" + data().year() + "-" + month.get() + ".png").ifPresent(f -> report(savePng(f)))),
                new SeparatorMenuItem(),
                item("files.summary-copy", this::copySummary),
                item("files.summary-save", () -> choose(owner, true, "files.docx-filter", "*.docx",
                        data().year() + "年工作总结.docx").ifPresent(f -> report(saveSummary(f)))));
        return m;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem i = new MenuItem(i18n.t(key));
        i.setOnAction(e -> action.run());
        return i;
    }

    private java.util.Optional<Path> choose(Supplier<Window> owner, boolean save, String filterKey, String pattern, String name) {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t(filterKey), pattern));
        if (name != null) {
            c.setInitialFileName(name);
        }
        File home = new File(System.getProperty("user.home"));
        File docs = new File(home, "Documents");
        c.setInitialDirectory(docs.isDirectory() ? docs : home);
        File f = save ? c.showSaveDialog(owner.get()) : c.showOpenDialog(owner.get());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    // ---- the work, testable without dialogs ----

    Work<Path> exportWorkbook(Path file) {
        return session.exportWorkbook(file);
    }

    Work<ImportPlan> planImport(Path file) {
        return session.planImport(file, System.getProperty("user.name", "?"));
    }

    Work<CockpitData> applyImport(ImportPlan plan) {
        return session.applyImport(System.getProperty("user.name", "?"), plan);
    }

    Work<Path> writeBriefing(Path file) {
        CockpitData d = data();
        int m = month.get();
        return session.onFiles(() -> {
            pictures.briefing(d, m, file);
            return file;
        });
    }

    Work<Path> savePng(Path file) {
        CockpitData d = data();
        int m = month.get();
        ViewId v = current.get();
        return session.onFiles(() -> {
            try {
                pictures.png(v, d, m, file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    String summaryText() {
        return WorkSummary.of(data(), month.get()).text();
    }

    Work<Path> saveSummary(Path file) {
        WorkSummary.Summary s = WorkSummary.of(data(), month.get());
        return session.onFiles(() -> {
            SummaryDocx.write(s, file);
            return file;
        });
    }

    // ---- dialogs ----

    private void copySummary() {
        ClipboardContent c = new ClipboardContent();
        c.putString(summaryText());
        Clipboard.getSystemClipboard().setContent(c);
        status.accept(i18n.t("files.copied"));
    }

    private void report(Work<Path> work) {
        status.accept(i18n.t("files.working"));
        work.onSuccess(file -> status.accept(i18n.t("files.saved", file.toAbsolutePath().toString())))
                .onFailure(failure -> {
                    status.accept(i18n.t("files.failed", Failures.message(failure, i18n.locale())));
                    alert(Alert.AlertType.ERROR, i18n.t("files.failed", Failures.message(failure, i18n.locale())));
                }).start();
    }

    private void importWithPreview(Path file) {
        status.accept(i18n.t("files.working"));
        planImport(file).onFailure(failure -> {
            status.accept(null);
            alert(Alert.AlertType.ERROR, i18n.t("files.failed", Failures.message(failure, i18n.locale())));
        }).onSuccess(plan -> {
            status.accept(null);
            Alert a = new Alert(plan.valid() ? Alert.AlertType.CONFIRMATION : Alert.AlertType.ERROR);
            if (owner.get() != null) {
                a.initOwner(owner.get());
            }
            a.setTitle(i18n.t("files.import-title"));
            a.setHeaderText(!plan.valid() ? i18n.t("files.import-refused") : plan.changes().isEmpty()
                    ? i18n.t("files.import-nothing") : i18n.t("files.import-confirm", plan.changes().size()));
            TextArea text = new TextArea(plan.report(i18n.locale()));
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefSize(1100, 560);
            text.setStyle("-fx-font-size: 16px;");
            a.getDialogPane().setStyle("-fx-font-size: 16px;");
            a.getDialogPane().setContent(text);
            ButtonType apply = new ButtonType(i18n.t("files.import-apply"), ButtonBar.ButtonData.OK_DONE);
            ButtonType close = new ButtonType(i18n.t("files.import-close"), ButtonBar.ButtonData.CANCEL_CLOSE);
            a.getButtonTypes().setAll(plan.valid() && !plan.changes().isEmpty() ? new ButtonType[] {apply, close}
                    : new ButtonType[] {close});
            if (a.showAndWait().orElse(close) != apply) {
                return;
            }
            // the session publishes the saved data: every view and the wall get it from there
            applyImport(plan).onFailure(err -> alert(Alert.AlertType.ERROR, i18n.t("files.failed", Failures.message(err, i18n.locale()))))
                    .onSuccess(d -> status.accept(i18n.t("files.import-done", plan.changes().size()))).start();
        }).start();
    }

    private void alert(Alert.AlertType type, String text) {
        cn.techcity.cockpit.ui.common.Dialogs.alert(owner.get(), i18n, type, null, text).showAndWait();
    }
}
