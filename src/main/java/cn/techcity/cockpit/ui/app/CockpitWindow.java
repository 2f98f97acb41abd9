package cn.techcity.cockpit.ui.app;

import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Notices;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.Trace;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Failures;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.wall.Wall;
import cn.techcity.cockpit.ui.wall.WallOptions;
import cn.techcity.cockpit.ui.app.WallWindow;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The cockpit's main window: the toolkit starts while the database opens; the first view is built first. */
public final class CockpitWindow {
    /** How the window opens: language (zh/en, null = Chinese), theme (light/dark, null = light), month (null = newest). */
    /** @param user the account name to offer at the login of the shared mode (null: the operating-system user) */
    public record Options(String language, String theme, java.time.YearMonth month, boolean startupBenchmark, String user) {
    }

    private final Options cmd;
    /** The one door to the store: the data, the day, the account and every save go through it. */
    private final Session session;
    private final Stage stage;
    private CockpitUi ui;
    private I18n i18n;
    private Stage wallStage;

    private CockpitWindow(Options cmd, Session session, Stage stage) {
        this.cmd = cmd;
        this.session = session;
        this.stage = stage;
        this.i18n = I18n.of(cmd.language());
    }

    public static void start(Options cmd, Session session) {
        Platform.startup(() -> {
            Trace.mark("toolkit started");
            Stage stage = new Stage();
            CockpitWindow w = new CockpitWindow(cmd, session, stage);
            w.open(session.firstRead());
        });
    }

    private void open(CompletableFuture<CockpitData> dataFuture) {
        stage.setTitle(i18n.t("app.title"));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
                return;
            }
            close();
        });
        // the database usually opens while the toolkit starts: then the first scene is the cockpit itself;
        // a "正在打开…" frame only when the data is not there yet
        try {
            // no window exists yet: waiting here a moment costs nothing visible and saves a throwaway frame
            opened(dataFuture.get(2, java.util.concurrent.TimeUnit.SECONDS));
            return;
        } catch (java.util.concurrent.TimeoutException slow) {
            // a slow disk or a big database: show the loading frame below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException failed) {
            // reported below, in the same way as a late failure
        }
        // ControlsFX's MaskerPane: a frame with a moving sign that the cockpit is opening, never a blank window
        org.controlsfx.control.MaskerPane loading = new org.controlsfx.control.MaskerPane();
        loading.setText(i18n.t("app.loading"));
        loading.setStyle("-fx-font-size: 28px; -fx-font-family: \"" + Theme.chineseFontFamily() + "\";");
        stage.setScene(new Scene(new StackPane(loading), firstWidth(), firstHeight()));
        stage.setMaximized(true);
        stage.show();
        Trace.mark("loading frame shown");
        dataFuture.whenComplete((d, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, Failures.message(failure, i18n.locale()));
                alert.setHeaderText(i18n.t("app.open-failed"));
                alert.showAndWait();
                close();
                return;
            }
            opened(d);
        }));
    }

    private void opened(CockpitData d) {
        boolean first = session.current() == null;
        if (first) {
            session.publishFirst(d);
        }
        int month = d.latestMonth().orElse(1);
        if (cmd.month() != null && cmd.month().getYear() == d.year()) {
            month = Math.min(cmd.month().getMonthValue(), month);
        }
        show(month);
        if (!stage.isShowing()) {
            // (show() styles and lays the scene out before it maps the window; what kept the window white was the
            // building of the other views right after, see below)
            stage.setMaximized(true);
            stage.show();
            Trace.mark("window shown");
        }
        if (first && !cmd.startupBenchmark()) {
            // a failure in the background (a backup, F5, a poll's read) reaches the clerk as a notification; its stack
            // is in the log
            session.setFailureHandler(f -> Notices.error(stage, i18n.t("app.background-failed"),
                    Failures.message(f.cause(), i18n.locale())));
            session.watchTheDay(Duration.ofSeconds(30));     // a window left open overnight counts from the new day
            session.backUp(Duration.ofSeconds(5));
            session.reachable().addListener((o, was, now) -> {
                if (ui == null || !shared) {
                    return;
                }
                if (!now) {
                    ui.shell().setBanner(i18n.t("shared.unreachable"));
                } else if (i18n.t("shared.unreachable").equals(ui.shell().bannerText())) {
                    ui.shell().setBanner(null);
                }
            });
            session.isShared().onSuccess(isShared -> {
                if (isShared) {
                    this.shared = true;
                    session.poll(Duration.ofSeconds(3));     // first: the login dialog waits for the clerk
                    installAccountMenu();
                    askLogin(null);
                }
            }).start();
        }
    }

    // ---- the shared mode: a login, and other seats' saves polled ----

    private boolean shared;
    private javafx.scene.control.MenuButton accountMenu;
    private javafx.scene.control.MenuItem changePassword;
    private String signedIn;

    /** 账户 in the header: sign in or switch, and change one's password (a clerk does not use the command line). */
    private void installAccountMenu() {
        if (accountMenu == null) {
            accountMenu = new javafx.scene.control.MenuButton(i18n.t("account.menu"));
            accountMenu.getStyleClass().addAll("shell-button", "shell-files");
            accountMenu.setFocusTraversable(false);
            javafx.scene.control.MenuItem signIn = new javafx.scene.control.MenuItem(i18n.t("account.sign-in"));
            signIn.setOnAction(e -> askLogin(null));
            changePassword = new javafx.scene.control.MenuItem(i18n.t("account.change-password"));
            changePassword.setOnAction(e -> askPasswordChange(null));
            accountMenu.getItems().setAll(signIn, changePassword);
        }
        changePassword.setDisable(signedIn == null);
        accountMenu.setText(signedIn == null ? i18n.t("account.menu") : i18n.t("account.menu") + " " + signedIn);
        ui.shell().addHeaderControl(accountMenu);
    }

    /** The current password (checked again by signing in), then the new one twice. */
    private void askPasswordChange(String failure) {
        String name = signedIn;
        if (name == null) {
            return;
        }
        var asked = AccountDialogs.passwordChange(stage, i18n, name, failure);
        var dialog = asked.dialog();
        var change = asked.ok();
        var current = (javafx.scene.control.PasswordField) asked.fields()[0];
        var fresh = (javafx.scene.control.PasswordField) asked.fields()[1];
        var again = (javafx.scene.control.PasswordField) asked.fields()[2];
        Platform.runLater(current::requestFocus);
        if (dialog.showAndWait().orElse(null) != change) {
            return;
        }
        if (!fresh.getText().equals(again.getText())) {
            askPasswordChange(i18n.t("account.password-differ"));
            return;
        }
        char[] old = current.getText().toCharArray();
        char[] next = fresh.getText().toCharArray();
        session.changePassword(name, old, next).always(() -> {
            java.util.Arrays.fill(old, '\0');
            java.util.Arrays.fill(next, '\0');
        }).onFailure(e -> askPasswordChange(Failures.message(e, i18n.locale())))
                .onSuccess(done -> status(i18n.t("account.password-changed", name))).start();
    }

    /** Asks for an account; "view only" leaves the window read-only (the store refuses saves without a login). */
    private void askLogin(String failure) {
        var asked = AccountDialogs.login(stage, i18n, cmd.user() != null ? cmd.user() : System.getProperty("user.name", ""),
                failure);
        var dialog = asked.dialog();
        var signIn = asked.ok();
        var user = (javafx.scene.control.TextField) asked.fields()[0];
        var password = (javafx.scene.control.PasswordField) asked.fields()[1];
        Platform.runLater(password::requestFocus);
        if (dialog.showAndWait().orElse(null) != signIn) {
            ui.shell().setBanner(null);
            status(i18n.t("login.viewing"));
            if (signedIn != null) {
                signedIn = null;
                session.logout().start();
                installAccountMenu();
            }
            return;
        }
        String name = user.getText() == null ? "" : user.getText().strip();
        char[] secret = password.getText().toCharArray();
        session.login(name, secret).always(() -> java.util.Arrays.fill(secret, '\0'))
                .onFailure(e -> askLogin(Failures.message(e, i18n.locale()))).onSuccess(account -> {
                    signedIn = account.username();
                    installAccountMenu();
                    status(i18n.t("login.signed-in", account.username(), i18n.isEnglish() ? account.role().name().toLowerCase()
                            : account.role().chinese()));
                }).start();
    }

    private void status(String text) {
        if (ui != null) {
            ui.shell().setBanner(null);
            ui.shell().setStatus(text);
        }
    }

    private void show(int month) {
        if (ui != null) {
            ui.shell().dispose();
        }
        Trace.mark("building the window");
        ui = Cockpit.build(i18n, Theme.of(cmd.theme()), session.current(), month, this::toggleLanguage, session.clock(), session);
        Trace.mark("shell built");
        ui.shell().show(ViewId.OVERVIEW);
        ui.shell().setOnOpenWall(this::openWall);
        if (shared) {
            accountMenu = null;     // its words are in the new language
            installAccountMenu();
        }
        Scene scene = stage.getScene() == null ? ui.scene(firstWidth(), firstHeight())
                : ui.scene(stage.getScene().getWidth(), stage.getScene().getHeight());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5) {
                reload();
            }
        });
        stage.setScene(scene);
        stage.setTitle(i18n.t("app.title"));
        // the other views are built after the first view has been laid out, one per event, not before its first frame
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Trace.mark("first layout of the overview");
            if (cmd.startupBenchmark()) {
                Platform.runLater(() -> {
                    Trace.threads();
                    Trace.nodes(scene.getRoot());
                    System.out.println("first-frame-ms=" + (System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
                    System.out.flush();
                    close();    // a clean close after the measurement: the next start finds the file as it left it
                });
                return;
            }
            // the other views a while after the first frame: built at once, they took the CPU the first frame's
            // rendering needed, and the window stood white for seconds (Xvfb, 2 cores: 4.7–7.6 s; 0.4–0.6 s without
            // them, docs/performance.md). A view asked for before is built when it is shown, as always.
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
            later.setOnFinished(e -> ui.shell().prebuildOthers());
            later.play();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * The window's size before it is maximised: 1600x900, or the screen where that is smaller (a 1366x768 laptop; where
     * nothing maximises the window, it still fits the screen whole).
     */
    private static double firstWidth() {
        return Math.min(1600, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
    }

    private static double firstHeight() {
        return Math.min(900, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
    }

    private void toggleLanguage() {
        if (!confirmDiscard()) {
            return;
        }
        i18n = i18n.isEnglish() ? I18n.chinese() : I18n.english();
        show(ui.shell().month());
    }

    /** 大屏模式 from the window: a wall on the last screen (the second monitor), in this process, on the same store. */
    private void openWall() {
        if (wallStage != null && wallStage.isShowing()) {
            wallStage.toFront();
            return;
        }
        var screens = javafx.stage.Screen.getScreens();
        Wall wall = new Wall(i18n, session, WallOptions.defaults());
        wallStage = WallWindow.open(wall, screens.size() - 1, i18n, () -> wallStage = null);
    }

    /** Asks before unsaved edits would be lost; true when there are none or the clerk agrees to drop them. */
    private boolean confirmDiscard() {
        if (ui == null || !ui.shell().hasUnsavedChanges()) {
            return true;
        }
        ViewId where = ui.shell().unsavedView().orElse(ViewId.EDITOR);
        ui.shell().show(where);
        String screen = i18n.t("view." + where.id());
        return cn.techcity.cockpit.ui.common.Dialogs.confirm(stage, i18n, i18n.t("app.unsaved-title"),
                i18n.t("app.unsaved-text", screen), "dialog.discard", true);     // destructive: Cancel (back to the screen) is the default
    }

    /**
     * F5: read the store again; the session publishes it to every view. A failure reaches the clerk (a notification and
     * the log), never silence.
     */
    private void reload() {
        session.reload().onSuccess(d -> Notices.info(stage, i18n.t("app.reloaded"), i18n.t("app.reloaded-text",
                Long.toString(d.dataVersion())))).start();
    }

    private void close() {
        if (ui != null) {
            ui.shell().dispose();
        }
        // the store closes on its own thread (the safe copy, ADR 0010), then the program ends
        new Thread(() -> {
            session.close();
            Platform.exit();
            System.exit(0);
        }, "cockpit-exit").start();
    }
}
