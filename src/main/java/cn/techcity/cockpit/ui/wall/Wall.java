package cn.techcity.cockpit.ui.wall;


import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.ShellBuilder;
import cn.techcity.cockpit.ui.shell.ShellController;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import javafx.scene.CacheHint;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The briefing-room wall: the cockpit's views in presentation mode on the fixed design canvas, dark theme, rotating
 * through a playlist, with a clock, the cut-off stamp, night dimming, and a banner when the data is not current.
 * Views are built once and reused; the session's data and day are pushed into them (its poll asks the store every few
 * seconds), nothing is rebuilt.
 */
public final class Wall {
    private static final int FADE_STEPS = 5;
    private final I18n i18n;
    private final WallOptions options;
    /** Where the data, the day and the store's state come from; null for a picture of fixed data. */
    private final Session session;
    private final Clock clock;
    private final CockpitUi ui;
    private final StackPane root;
    private final Region dim = new Region();
    private final List<ViewId> playlist;
    /**
     * The wall's timers run on their own daemon thread and post to the FX thread. JavaFX Timelines would do, but a
     * running Timeline keeps the pulse ticking 60 times a second even when nothing changes (2.5 % of a core on a
     * static wall, measured); a scheduled task costs nothing between its runs.
     */
    private final ScheduledThreadPoolExecutor timer = newTimer();
    private ScheduledFuture<?> rotation;
    private int index;
    private boolean paused;
    private Runnable onExit = () -> { };
    private final javafx.beans.InvalidationListener storeState = o -> refreshBanner();

    /**
     * The wall of a session (its first data must have been read): it follows the session's data, day and store.
     * {@code shells} builds the cockpit shell it shows (the composition root's {@code Cockpit::build}).
     */
    public Wall(I18n i18n, Session session, WallOptions options, ShellBuilder shells) {
        this(i18n, session.current(), options, session, session.clock(), shells);
    }

    /** A picture of fixed data (the wall's snapshot). */
    public Wall(I18n i18n, CockpitData data, WallOptions options, Clock clock, ShellBuilder shells) {
        this(i18n, data, options, null, clock, shells);
    }

    private Wall(I18n i18n, CockpitData data, WallOptions options, Session session, Clock clock, ShellBuilder shells) {
        this.i18n = i18n;
        this.options = options;
        this.session = session;
        this.clock = clock;
        this.playlist = options.views();
        int month = data.latestMonth().orElse(1);
        ui = shells.build(i18n, Theme.DARK, data, month, () -> { }, clock, session);
        if (session != null) {
            session.reachable().addListener(storeState);
            session.data().addListener(storeState);
        }
        ui.shell().setPresentation(true);
        ui.shell().show(playlist.get(0));
        dim.setStyle("-fx-background-color: black;");
        dim.setOpacity(0.72);
        dim.setVisible(false);
        dim.setMouseTransparent(true);
        root = new StackPane(ui.canvas(), dim);
        root.getStyleClass().add("wall");
        tick();
    }

    /** The scene of the wall: dark, no cursor, keys to pause, step and leave. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        ShellController.style(scene, Theme.DARK);
        scene.setCursor(Cursor.NONE);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        return scene;
    }

    public StackPane root() {
        return root;
    }

    public ShellController shell() {
        return ui.shell();
    }

    public void setOnExit(Runnable action) {
        this.onExit = action;
    }

    /** Starts rotating and the clock; the other views are built one per event after the first. */
    public void start() {
        ui.shell().prebuildOthers();
        timer.scheduleAtFixedRate(() -> Platform.runLater(this::tick), 1, 1, TimeUnit.SECONDS);
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

    /** (Re)starts the rotation clock: a view stays its full interval after a manual step too. */
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

    /** Stops every timer and what the views run; after this the wall can be collected. */
    public void stop() {
        timer.shutdownNow(); // only posts to the FX thread: nothing of the database runs on it
        if (session != null) {
            session.reachable().removeListener(storeState);
            session.data().removeListener(storeState);
        }
        ui.shell().dispose();
    }

    /** The data version the wall shows. */
    public long shownVersion() {
        return ui.shell().data().dataVersion();
    }

    public boolean isPaused() {
        return paused;
    }

    public void togglePause() {
        paused = !paused;
        scheduleRotation();
        tick();
    }

    public ViewId current() {
        return playlist.get(index);
    }

    /** Shows the next (or previous) view by hand: the rotation then waits its full interval again. */
    public void next(int step) {
        step(step);
        scheduleRotation();
    }

    /** Shows the next (or previous) view of the playlist with a calm fade. */
    private void step(int step) {
        index = Math.floorMod(index + step, playlist.size());
        ViewId id = playlist.get(index);
        ui.shell().show(id);
        if (options.fadeMillis() > 0) {
            CockpitView v = ui.shell().view(id);
            // a calm fade in a few steps of a cached picture: six frames are drawn, not one per pulse with every tile
            // rendered again (software rendering spent ~0.6 s of CPU on a smooth 600 ms fade)
            v.root().setCache(true);
            v.root().setCacheHint(CacheHint.SPEED);
            Timeline fade = new Timeline();
            int steps = FADE_STEPS;
            for (int k = 0; k <= steps; k++) {
                fade.getKeyFrames().add(new KeyFrame(javafx.util.Duration.millis(options.fadeMillis() * k / (double) steps),
                        new javafx.animation.KeyValue(v.root().opacityProperty(), 0.2 + 0.8 * k / steps, Interpolator.DISCRETE)));
            }
            fade.setOnFinished(e -> v.root().setCache(false));
            fade.play();
        }
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
        ui.shell().setClock(text);
        if (session == null) {
            ui.shell().checkDayTurn();
        }
        dim.setVisible(options.dimmedAt(now.getHour()));
        refreshBanner();
    }

    private void refreshBanner() {
        ZoneId zone = clock.getZone();
        if (session != null && !session.reachable().get()) {
            Instant good = session.lastGoodRead().get() != null ? session.lastGoodRead().get() : clock.instant();
            LocalDateTime at = LocalDateTime.ofInstant(good, zone);
            ui.shell().setBanner(i18n.t("wall.unreadable", String.format("%d-%02d-%02d %02d:%02d", at.getYear(), at.getMonthValue(),
                    at.getDayOfMonth(), at.getHour(), at.getMinute())));
            return;
        }
        var newest = ui.shell().data().newestEntry();
        if (newest.isPresent() && Duration.between(newest.get(), clock.instant()).toDays() > options.staleDays()) {
            LocalDateTime at = LocalDateTime.ofInstant(newest.get(), zone);
            ui.shell().setBanner(i18n.t("wall.stale", String.format("%d-%02d-%02d", at.getYear(), at.getMonthValue(), at.getDayOfMonth())));
        } else {
            ui.shell().setBanner(null);
        }
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case SPACE, P -> togglePause();
            case RIGHT, PAGE_DOWN -> next(1);
            case LEFT, PAGE_UP -> next(-1);
            case ESCAPE -> onExit.run();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
