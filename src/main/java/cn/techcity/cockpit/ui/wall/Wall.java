package cn.techcity.cockpit.ui.wall;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.DesignCanvas;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.CacheHint;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The briefing-room wall: pages designed for eight metres ({@link WallPages}) on the fixed design canvas, dark theme,
 * rotating through the playlist (a list that does not fit a page continues on the next), with where it stands in the
 * rotation (3/12), a clock, the cut-off stamp, night dimming, and a banner when the data is not current. The pages are
 * built when the data or the day changes, never while the wall turns them; the session's data and day are followed
 * (its poll asks the store every few seconds).
 */
public final class Wall {
    private static final int FADE_STEPS = 5;
    /** A wall just opened, or just touched, is being looked at: it does not dim for this long. */
    static final Duration UNDIMMED_AFTER_USE = Duration.ofMinutes(10);
    /**
     * How long the question to leave waits for an answer: a stray Esc on a wall nobody touches must not leave it over the
     * pages (and the night undimmed) for good; unanswered, it closes and the wall goes on (继续轮播, the default).
     */
    static final Duration QUESTION_OPEN = Duration.ofMinutes(1);
    /** How long the key hint (Esc, arrows, space) stays after the wall opens. */
    static final Duration HINT = Duration.ofSeconds(12);
    private final I18n i18n;
    private final WallOptions options;
    /** Where the data, the day and the store's state come from; null for a picture of fixed data. */
    private final Session session;
    private final Clock clock;
    private final StackPane root;
    private final Region dim = new Region();
    private final List<ViewId> playlist;
    private final Label title = new Label();
    private final Label position = new Label();
    private final Label stamp = new Label();
    private final Label clockText = new Label();
    private final Label sample = new Label();
    private final Label banner = new Label();
    private final StackPane content = new StackPane();
    private final StackPane design;
    private final Label hint = new Label();
    private VBox brandBox;
    private VBox exitDialog;
    private CockpitData data;
    private LocalDate day;
    private List<WallPage> pages;
    /**
     * The wall's timers run on their own daemon thread and post to the FX thread. JavaFX Timelines would do, but a
     * running Timeline keeps the pulse ticking 60 times a second even when nothing changes (2.5 % of a core on a
     * static wall, measured); a scheduled task costs nothing between its runs.
     */
    private final ScheduledThreadPoolExecutor timer = newTimer();
    private ScheduledFuture<?> rotation;
    private int index;
    private boolean paused;
    private Instant lastUse;
    private Runnable onExit = () -> { };
    private final javafx.beans.InvalidationListener storeState = o -> refreshBanner();
    private final javafx.beans.value.ChangeListener<CockpitData> onData = (o, was, now) -> setData(now);
    private final javafx.beans.value.ChangeListener<LocalDate> onDay = (o, was, now) -> setDay(now);

    /** The wall of a session (its first data must have been read): it follows the session's data, day and store. */
    public Wall(I18n i18n, Session session, WallOptions options) {
        this(i18n, session.current(), options, session, session.clock());
    }

    /** A picture of fixed data (the wall's snapshot, tests). */
    public Wall(I18n i18n, CockpitData data, WallOptions options, Clock clock) {
        this(i18n, data, options, null, clock);
    }

    private Wall(I18n i18n, CockpitData data, WallOptions options, Session session, Clock clock) {
        this.i18n = i18n;
        this.options = options;
        this.session = session;
        this.clock = clock;
        this.playlist = options.views();
        this.data = data;
        this.day = session != null && session.today().get() != null ? session.today().get() : LocalDate.now(clock);
        this.lastUse = clock.instant();
        BorderPane frame = new BorderPane();
        frame.getStyleClass().add("wall-frame");
        frame.setTop(header());
        frame.setCenter(content);
        showBanner(null);
        hint.getStyleClass().add("wall-hint");
        hint.setText(i18n.t("wall.keys-hint"));
        hint.setMouseTransparent(true);
        StackPane.setAlignment(hint, Pos.BOTTOM_CENTER);
        StackPane.setMargin(hint, new javafx.geometry.Insets(0, 0, 40, 0));
        hint.setVisible(false);
        design = new StackPane(frame, hint);
        design.setPrefSize(DesignCanvas.WIDTH, DesignCanvas.HEIGHT);
        DesignCanvas canvas = new DesignCanvas(design);
        if (session != null) {
            session.reachable().addListener(storeState);
            session.data().addListener(storeState);
            session.data().addListener(onData);
            session.today().addListener(onDay);
        }
        dim.setStyle("-fx-background-color: black;");
        dim.setOpacity(0.72);
        dim.setVisible(false);
        dim.setMouseTransparent(true);
        root = new StackPane(canvas, dim);
        root.getStyleClass().add("wall");
        rebuild(null);
        tick();
    }

    private HBox header() {
        Label brand = new Label(i18n.t("app.title"));
        brand.getStyleClass().add("wall-brand");
        sample.setText(i18n.t("app.sample-badge"));
        sample.getStyleClass().add("wall-sample");
        VBox left = new VBox(4, brand, sample);
        left.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("wall-title");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        position.getStyleClass().add("wall-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        stamp.getStyleClass().add("wall-stamp");
        clockText.getStyleClass().add("wall-clock");
        VBox right = new VBox(2, stamp, clockText);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        for (Label l : new Label[] {stamp, clockText, brand}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the banner (data not current) takes the place of the brand and the page's title: every page keeps its room
        banner.getStyleClass().add("wall-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMaxHeight(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.setMinWidth(0);
        HBox.setHgrow(banner, Priority.ALWAYS);
        brandBox = left;
        HBox header = new HBox(left, title, banner, position, right);
        header.getStyleClass().add("wall-header");
        return header;
    }

    /** The scene of the wall: dark, no cursor, keys to pause, step and leave. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        style(scene);
        scene.setCursor(Cursor.NONE);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        return scene;
    }

    /** The wall's stylesheets on a scene: the dark theme, the cockpit's common rules, the wall's sizes. */
    public static void style(Scene scene) {
        scene.getStylesheets().setAll(Theme.DARK.stylesheet(), Theme.resource("/cn/techcity/cockpit/ui/theme/cockpit.css"),
                Theme.resource("/cn/techcity/cockpit/ui/wall/wall.css"));
        scene.getRoot().setStyle("-fx-font-family: \"" + Theme.chineseFontFamily() + "\";");
    }

    public StackPane root() {
        return root;
    }

    public void setOnExit(Runnable action) {
        this.onExit = action;
    }

    /** Starts rotating and the clock; shows the keys for a few seconds. */
    public void start() {
        timer.scheduleAtFixedRate(() -> Platform.runLater(this::tick), 1, 1, TimeUnit.SECONDS);
        hint.setVisible(true);
        timer.schedule(() -> Platform.runLater(() -> hint.setVisible(false)), HINT.toMillis(), TimeUnit.MILLISECONDS);
        scheduleRotation();
    }

    private static ScheduledThreadPoolExecutor newTimer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "cockpit-wall-timer");
            thread.setDaemon(true);
            return thread;
        });
        // a step by hand cancels the rotation's next run: drop it from the queue now, not in an hour
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    /** (Re)starts the rotation clock: a page stays its full interval after a manual step too. */
    private void scheduleRotation() {
        if (rotation != null) {
            rotation.cancel(false);
            rotation = null;
        }
        if (!paused && !timer.isShutdown()) {
            rotation = timer.scheduleAtFixedRate(() -> Platform.runLater(() -> step(1)), options.intervalSeconds(),
                    options.intervalSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Stops every timer and stops following the session; after this the wall can be collected. */
    public void stop() {
        timer.shutdownNow(); // only posts to the FX thread: nothing of the database runs on it
        if (session != null) {
            session.reachable().removeListener(storeState);
            session.data().removeListener(storeState);
            session.data().removeListener(onData);
            session.today().removeListener(onDay);
        }
    }

    /** The data version the wall shows. */
    public long shownVersion() {
        return data.dataVersion();
    }

    /** The data the wall shows. */
    public CockpitData data() {
        return data;
    }

    public boolean isPaused() {
        return paused;
    }

    public void togglePause() {
        paused = !paused;
        scheduleRotation();
        tick();
    }

    /** The view of the page shown now. */
    public ViewId current() {
        return pages.get(index).view();
    }

    /** The page shown now. */
    public WallPage currentPage() {
        return pages.get(index);
    }

    /** Every page of the rotation, in order. */
    public List<WallPage> pages() {
        return pages;
    }

    /** Where the wall stands in its rotation, as its header says it: "3/12". */
    public String positionText() {
        return position.getText();
    }

    /** The banner's text, or null when none shows. */
    public String bannerText() {
        return banner.isVisible() ? banner.getText() : null;
    }

    /** Shows other data (the session's publish does this; tests and pictures call it): the pages are built again. */
    public void setData(CockpitData newData) {
        if (newData == null || newData == data) {
            return;
        }
        data = newData;
        rebuild(currentPageOrNull());
        refreshBanner();
    }

    private void setDay(LocalDate newDay) {
        if (newDay != null && !newDay.equals(day)) {
            day = newDay;
            rebuild(currentPageOrNull());
        }
    }

    private WallPage currentPageOrNull() {
        return pages == null ? null : pages.get(index);
    }

    /** Builds the pages again and shows the one that stood where {@code was} stood (its view, its part). */
    private void rebuild(WallPage was) {
        int month = data.latestMonth().orElse(1);
        List<WallPage> old = pages;
        int wasIndex = index;
        pages = WallPages.build(i18n, data, month, day, playlist);
        int at = 0;
        if (was != null) {
            // the playlist may name a view twice (总览 between the areas): stay in the same run of it, not its first
            int run = 0;
            for (int k = 0; k <= wasIndex && k < old.size(); k++) {
                if (old.get(k).view() == was.view() && old.get(k).part() == 1) {
                    run++;
                }
            }
            List<Integer> starts = new java.util.ArrayList<>();
            for (int k = 0; k < pages.size(); k++) {
                if (pages.get(k).view() == was.view() && pages.get(k).part() == 1) {
                    starts.add(k);
                }
            }
            if (!starts.isEmpty()) {
                at = starts.get(Math.max(0, Math.min(run, starts.size()) - 1));
                while (pages.get(at).part() < was.part() && at + 1 < pages.size() && pages.get(at + 1).view() == was.view()
                        && pages.get(at + 1).part() > 1) {
                    at++;
                }
            }
        }
        index = at;
        boolean hasSample = data.hasSample();
        sample.setVisible(hasSample);
        sample.setManaged(hasSample);
        stamp.setText(data.latestMonth().isEmpty() ? i18n.t("shell.no-data")
                : i18n.t("shell.cutoff", Integer.toString(data.year()), month));
        showPage();
    }

    /** Shows the next (or previous) page by hand: the rotation then waits its full interval again. */
    public void next(int step) {
        step(step);
        scheduleRotation();
    }

    /** Shows the next (or previous) page of the rotation with a calm fade. */
    private void step(int step) {
        index = Math.floorMod(index + step, pages.size());
        showPage();
        if (options.fadeMillis() > 0) {
            Region v = pages.get(index).node();
            // a calm fade in a few steps of a cached picture: six frames are drawn, not one per pulse with every card
            // rendered again (software rendering spent ~0.6 s of CPU on a smooth 600 ms fade)
            v.setCache(true);
            v.setCacheHint(CacheHint.SPEED);
            Timeline fade = new Timeline();
            for (int k = 0; k <= FADE_STEPS; k++) {
                fade.getKeyFrames().add(new KeyFrame(javafx.util.Duration.millis(options.fadeMillis() * k / (double) FADE_STEPS),
                        new javafx.animation.KeyValue(v.opacityProperty(), 0.2 + 0.8 * k / FADE_STEPS, Interpolator.DISCRETE)));
            }
            fade.setOnFinished(e -> v.setCache(false));
            fade.play();
        }
    }

    private void showPage() {
        WallPage page = pages.get(index);
        page.node().setOpacity(1);
        content.getChildren().setAll(page.node());
        title.setText(page.title());
        position.setText(i18n.t("wall.position", index + 1, pages.size()));
    }

    /** Asks the store now whether something was saved (the session asks every few seconds by itself). */
    public void poll() {
        if (session != null) {
            session.pollOnce();
        }
    }

    private void tick() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), clock.getZone());
        String text = i18n.t("wall.clock", now.getMonthValue(), now.getDayOfMonth(), i18n.t("wall.weekday." + now.getDayOfWeek().getValue()),
                String.format("%02d:%02d", now.getHour(), now.getMinute()));
        if (paused) {
            text = i18n.t("wall.paused") + "  " + text;
        }
        clockText.setText(text);
        if (session == null) {
            setDay(now.toLocalDate());
        }
        if (exitDialog != null && Duration.between(lastUse, clock.instant()).compareTo(QUESTION_OPEN) >= 0) {
            closeExitDialog();
        }
        boolean looked = Duration.between(lastUse, clock.instant()).compareTo(UNDIMMED_AFTER_USE) < 0;
        dim.setVisible(options.dimmedAt(now.getHour()) && !looked && exitDialog == null);
        refreshBanner();
    }

    /** True while the night dimming covers the wall. */
    public boolean isDimmed() {
        return dim.isVisible();
    }

    private void refreshBanner() {
        ZoneId zone = clock.getZone();
        if (session != null && !session.reachable().get()) {
            Instant good = session.lastGoodRead().get() != null ? session.lastGoodRead().get() : clock.instant();
            LocalDateTime at = LocalDateTime.ofInstant(good, zone);
            showBanner(i18n.t("wall.unreadable", String.format("%d-%02d-%02d %02d:%02d", at.getYear(), at.getMonthValue(),
                    at.getDayOfMonth(), at.getHour(), at.getMinute())));
            return;
        }
        var newest = data.newestEntry();
        if (newest.isPresent() && Duration.between(newest.get(), clock.instant()).toDays() > options.staleDays()) {
            LocalDateTime at = LocalDateTime.ofInstant(newest.get(), zone);
            showBanner(i18n.t("wall.stale", String.format("%d-%02d-%02d", at.getYear(), at.getMonthValue(), at.getDayOfMonth())));
        } else {
            showBanner(null);
        }
    }

    private void showBanner(String text) {
        boolean shown = text != null;
        if (shown && !text.equals(banner.getText())) {
            banner.setText(text);
        }
        banner.setVisible(shown);
        banner.setManaged(shown);
        title.setVisible(!shown);
        title.setManaged(!shown);
        if (brandBox != null) {
            brandBox.setVisible(!shown);
            brandBox.setManaged(!shown);
        }
    }

    /**
     * Esc asks on the wall itself whether to leave (drawn on the canvas: legible at 4K, in the wall's colours, where the
     * system dialog was tiny and white on white); 继续轮播 is the default, so a second Enter or Esc keeps the wall.
     */
    public void askToLeave() {
        if (exitDialog != null) {
            return;
        }
        lastUse = clock.instant();      // the question waits QUESTION_OPEN from now
        Label head = new Label(i18n.t("wall.exit-title"));
        head.getStyleClass().add("wall-dialog-title");
        Label text = new Label(i18n.t("wall.exit-text"));
        text.getStyleClass().add("wall-dialog-text");
        text.setWrapText(true);
        Button leave = new Button(i18n.t("dialog.leave-wall"));
        Button stay = new Button(i18n.t("wall.stay"));
        stay.setDefaultButton(true);
        leave.setOnAction(e -> {
            closeExitDialog();
            onExit.run();
        });
        stay.setOnAction(e -> closeExitDialog());
        HBox buttons = new HBox(28, stay, leave);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        exitDialog = new VBox(head, text, buttons);
        exitDialog.getStyleClass().add("wall-dialog");
        exitDialog.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(exitDialog);
        overlay.getStyleClass().add("wall-overlay");
        design.getChildren().add(overlay);
        dim.setVisible(false);
        stay.requestFocus();
    }

    /** True while the wall asks whether to leave. */
    public boolean isAskingToLeave() {
        return exitDialog != null;
    }

    private void closeExitDialog() {
        if (exitDialog != null) {
            design.getChildren().remove(exitDialog.getParent());
            exitDialog = null;
        }
    }

    private void onKey(KeyEvent e) {
        lastUse = clock.instant();
        if (exitDialog != null) {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                closeExitDialog();
                e.consume();
            }
            return;     // the question's buttons take Enter, Tab and the arrows
        }
        dim.setVisible(false);
        switch (e.getCode()) {
            case SPACE, P -> togglePause();
            case RIGHT, PAGE_DOWN -> next(1);
            case LEFT, PAGE_UP -> next(-1);
            case ESCAPE -> askToLeave();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
