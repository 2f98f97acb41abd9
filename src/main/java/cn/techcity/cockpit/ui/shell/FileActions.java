package cn.techcity.cockpit.ui.shell;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.content.WorkSummary;
import cn.techcity.cockpit.io.excel.ImportPlan;
import cn.techcity.cockpit.io.report.SummaryDocx;
import cn.techcity.cockpit.store.StoreException;
import cn.techcity.cockpit.ui.Briefing;
import cn.techcity.cockpit.ui.I18n;
import cn.techcity.cockpit.ui.Snapshots;
import cn.techcity.cockpit.ui.Theme;
import cn.techcity.cockpit.ui.ViewId;
import cn.techcity.cockpit.ui.editor.EditorBackend;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
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
 * briefing, a PNG of the current view, and the work summary copied or saved as Word. The work runs off the FX thread:
 * store work on the database thread, pictures and files on a thread of their own.
 */
public final class FileActions {
    private static final ExecutorService FILES = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cockpit-files");
        t.setDaemon(true);
        return t;
    });

    private final I18n i18n;
    private final Theme theme;
    private final EditorBackend backend;
    private final Supplier<CockpitData> data;
    private final Supplier<Integer> month;
    private final Supplier<ViewId> current;
    private final Consumer<CockpitData> onData;
    private final Consumer<String> status;

    FileActions(I18n i18n, Theme theme, EditorBackend backend, Supplier<CockpitData> data, Supplier<Integer> month,
                Supplier<ViewId> current, Consumer<CockpitData> onData, Consumer<String> status) {
        this.i18n = i18n;
        this.theme = theme;
        this.backend = backend;
        this.data = data;
        this.month = month;
        this.current = current;
        this.onData = onData;
        this.status = status;
    }

    MenuButton menu(Supplier<Window> owner) {
        MenuButton m = new MenuButton(i18n.t("files.menu"));
        m.getStyleClass().addAll("shell-button", "shell-files");
        m.setFocusTraversable(false);
        m.getItems().addAll(
                item("files.export", () -> choose(owner, true, "files.excel-filter", "*.xlsx", data.get().year() + "年月度数据.xlsx")
                        .ifPresent(f -> report(exportWorkbook(f)))),
                item("files.import", () -> choose(owner, false, "files.excel-filter", "*.xlsx", null).ifPresent(this::importWithPreview)),
                new SeparatorMenuItem(),
                item("files.report", () -> choose(owner, true, "files.pdf-filter", "*.pdf",
                        "简报" + data.get().year() + "年" + month.get() + "月.pdf").ifPresent(f -> report(writeBriefing(f)))),
                item("files.png", () -> choose(owner, true, "files.png-filter", "*.png",
                        current.get().id() + "-" + data.get().year() + "-" + month.get() + ".png").ifPresent(f -> report(savePng(f)))),
                new SeparatorMenuItem(),
                item("files.summary-copy", this::copySummary),
                item("files.summary-save", () -> choose(owner, true, "files.docx-filter", "*.docx",
                        data.get().year() + "年工作总结.docx").ifPresent(f -> report(saveSummary(f)))));
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

    CompletableFuture<Path> exportWorkbook(Path file) {
        return backend.exportWorkbook(file);
    }

    CompletableFuture<ImportPlan> planImport(Path file) {
        return backend.planImport(file, System.getProperty("user.name", "?"));
    }

    CompletableFuture<CockpitData> applyImport(ImportPlan plan) {
        return backend.applyImport(System.getProperty("user.name", "?"), plan);
    }

    CompletableFuture<Path> writeBriefing(Path file) {
        CockpitData d = data.get();
        int m = month.get();
        return CompletableFuture.supplyAsync(() -> {
            Briefing.write(d, m, file);
            return file;
        }, FILES);
    }

    CompletableFuture<Path> savePng(Path file) {
        CockpitData d = data.get();
        int m = month.get();
        ViewId v = current.get();
        return CompletableFuture.supplyAsync(() -> {
            try {
                Snapshots.write(Snapshots.render(v, d, m, i18n, theme, 1920, 1080), file);
                return file;
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, FILES);
    }

    String summaryText() {
        return WorkSummary.of(data.get(), month.get()).text();
    }

    CompletableFuture<Path> saveSummary(Path file) {
        WorkSummary.Summary s = WorkSummary.of(data.get(), month.get());
        return CompletableFuture.supplyAsync(() -> {
            SummaryDocx.write(s, file);
            return file;
        }, FILES);
    }

    // ---- dialogs ----

    private void copySummary() {
        ClipboardContent c = new ClipboardContent();
        c.putString(summaryText());
        Clipboard.getSystemClipboard().setContent(c);
        status.accept(i18n.t("files.copied"));
    }

    private void report(CompletableFuture<Path> work) {
        status.accept(i18n.t("files.working"));
        work.whenComplete((file, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                status.accept(i18n.t("files.saved", file.toAbsolutePath().toString()));
            } else {
                status.accept(i18n.t("files.failed", message(failure)));
                alert(Alert.AlertType.ERROR, i18n.t("files.failed", message(failure)));
            }
        }));
    }

    private void importWithPreview(Path file) {
        status.accept(i18n.t("files.working"));
        planImport(file).whenComplete((plan, failure) -> Platform.runLater(() -> {
            status.accept(null);
            if (failure != null) {
                alert(Alert.AlertType.ERROR, i18n.t("files.failed", message(failure)));
                return;
            }
            Alert a = new Alert(plan.valid() ? Alert.AlertType.CONFIRMATION : Alert.AlertType.ERROR);
            a.setTitle(i18n.t("files.import-title"));
            a.setHeaderText(!plan.valid() ? i18n.t("files.import-refused") : plan.changes().isEmpty()
                    ? i18n.t("files.import-nothing") : i18n.t("files.import-confirm", plan.changes().size()));
            TextArea text = new TextArea(plan.report());
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
            applyImport(plan).whenComplete((d, err) -> Platform.runLater(() -> {
                if (err != null) {
                    alert(Alert.AlertType.ERROR, i18n.t("files.failed", message(err)));
                    return;
                }
                onData.accept(d);
                status.accept(i18n.t("files.import-done", plan.changes().size()));
            }));
        }));
    }

    private static void alert(Alert.AlertType type, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.setHeaderText(null);
        a.showAndWait();
    }

    private static String message(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (c instanceof cn.techcity.cockpit.io.FileException || c instanceof IOException) {
            return c.getMessage();
        }
        return StoreException.userMessage(c);
    }
}
