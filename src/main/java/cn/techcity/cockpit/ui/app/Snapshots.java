package cn.techcity.cockpit.ui.app;

import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Failures;
import cn.techcity.cockpit.session.Session;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import cn.techcity.cockpit.ui.wall.Wall;
import cn.techcity.cockpit.ui.wall.WallOptions;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** {@code --snapshot VIEW --out FILE.png}: renders a view to a PNG with no window and no display (Monocle headless). */
public final class Snapshots {
    private Snapshots() {
    }

    /**
     * What to render: a view id as typed, the file, the size, and optionally the month, theme and language; {@code bare}
     * draws the view alone, without the window's header controls and side bar.
     */
    public record Request(String view, Path out, int width, int height, java.time.YearMonth month, String theme,
                          String language, boolean bare, List<ViewId> wallViews) {
        public Request(String view, Path out, int width, int height, java.time.YearMonth month, String theme, String language,
                       boolean bare) {
            this(view, out, width, height, month, theme, language, bare, List.of());
        }
    }

    /** The wall as a picture shows it: no fade caught half-way, no night dimming. */
    private static final WallOptions PICTURE = new WallOptions(0, 30, WallOptions.DEFAULT_VIEWS, -1, -1, 45, 3, 0);

    /** The picture's wall: the views asked for ({@code --views}), else the default playlist. */
    private static WallOptions wallOptions(List<ViewId> views) {
        return views == null || views.isEmpty() ? PICTURE
                : new WallOptions(0, 30, views, -1, -1, 45, 3, 0);
    }

    /** The pseudo-view id of the wall for {@code --snapshot wall}. */
    public static final String WALL = "wall";

    public static int run(Request cmd, Session session, PrintStream out, PrintStream err) {
        Optional<ViewId> view = ViewId.of(cmd.view());
        boolean wall = WALL.equals(cmd.view());
        if (view.isEmpty() && !wall) {
            err.println("未知视图 “" + cmd.view() + "”;可用视图见 --list-views / unknown view " + cmd.view()
                    + " (see --list-views)");
            return 2;
        }
        CockpitData data = headlessData(session, err, cmd.month() == null ? 0 : cmd.month().getYear());
        if (data == null) {
            return 1;
        }
        int month;
        try {
            month = month(data, cmd.month());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (wall && (Files.isDirectory(cmd.out()) || !cmd.out().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png"))) {
            // a folder: every page of the rotation, wall-01.png …
            try {
                Files.createDirectories(cmd.out());
                List<WritableImage> pages = renderWallPages(data, I18n.of(cmd.language()), cmd.width(), cmd.height(),
                        wallOptions(cmd.wallViews()));
                for (int k = 0; k < pages.size(); k++) {
                    Path file = cmd.out().resolve(String.format("wall-%02d.png", k + 1));
                    write(pages.get(k), file);
                    out.println(file.toAbsolutePath());
                }
                return 0;
            } catch (IOException | RuntimeException e) {
                err.println("无法生成图片 / cannot write the pictures in " + cmd.out() + ": " + e.getMessage());
                return 1;
            }
        }
        try {
            WritableImage image = wall ? renderWall(data, I18n.of(cmd.language()), cmd.width(), cmd.height(), wallOptions(cmd.wallViews()))
                    : render(view.get(), data, month, I18n.of(cmd.language()), Theme.of(cmd.theme()), cmd.width(), cmd.height(),
                            !cmd.bare());
            write(image, cmd.out());
            out.println(cmd.out().toAbsolutePath());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("无法生成图片 / cannot write the picture " + cmd.out() + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * For a job that renders without a display (a snapshot, the PDF briefing): the headless toolkit, the data, and the
     * store closed, since the pictures need nothing more from it. Null, with the reason on {@code err}, when the store
     * could not be read.
     */
    public static CockpitData headlessData(Session session, PrintStream err) {
        return headlessData(session, err, 0);
    }

    /** The data of {@code year} (0: the reporting year) for a headless picture or report; null (and said) when it fails. */
    public static CockpitData headlessData(Session session, PrintStream err, int year) {
        useHeadlessToolkit();
        try {
            CockpitData current = session.firstRead().join();
            if (year == 0 || year == current.year()) {
                return current;
            }
            if (!current.years().stored().contains(year)) {
                return current;     // the month check says that the month has no data (exit 2)
            }
            return session.load(year).onFailure(e -> { }).start().join();
        } catch (RuntimeException e) {
            err.println(Failures.message(e));
            return null;
        } finally {
            session.close();
        }
    }

    /**
     * The month to show: the one asked for, which must be of the reporting year and have data, else the newest.
     *
     * @throws IllegalArgumentException with the message for the clerk when the month has no data
     */
    public static int month(CockpitData data, java.time.YearMonth asked) {
        int latest = data.latestMonth().orElse(1);
        if (asked == null) {
            return latest;
        }
        if (asked.getYear() != data.year() || asked.getMonthValue() > latest) {
            throw new IllegalArgumentException("--month " + asked + " 没有数据:数据年份为 " + data.year() + " 年,已有 1–" + latest
                    + " 月 / no data for " + asked + ": the store holds " + data.year() + "-01 to "
                    + data.year() + "-" + String.format("%02d", latest));
        }
        return asked.getMonthValue();
    }

    /** Monocle headless, software rendering: works on a server, in CI, in a scheduled job. */
    public static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    /** Renders a view alone (the PDF briefing, the 文件 menu's picture): the 1920x1080 design scaled to fit. */
    public static WritableImage render(ViewId id, CockpitData data, int month, I18n i18n, Theme theme, int width,
                                       int height) {
        return render(id, data, month, i18n, theme, width, height, false);
    }

    /**
     * Renders a view of the cockpit at {@code width}x{@code height}: the 1920x1080 design scaled to fit. {@code window}:
     * as the window shows it, with the header's controls and the side bar (what a clerk sees; the views are laid out in
     * the narrower room that leaves), else the view alone across the whole width.
     */
    public static WritableImage render(ViewId id, CockpitData data, int month, I18n i18n, Theme theme, int width,
                                       int height, boolean window) {
        startToolkit();
        return onFx(() -> {
            CockpitUi ui = Cockpit.build(i18n, theme, data, month, () -> { });
            ui.shell().setPresentation(!window);
            ui.shell().show(id);
            Scene scene = ui.scene(width, height);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return new Object[] {ui, scene};
        }, built -> {
            Scene scene = (Scene) built[1];
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            WritableImage image = scene.snapshot(null);
            ((CockpitUi) built[0]).shell().dispose();
            return image;
        });
    }

    /** The wall as it shows its first page now with {@code options} (its playlist: {@code --views}): dark, clock, stamp. */
    public static WritableImage renderWall(CockpitData data, I18n i18n, int width, int height, WallOptions options) {
        startToolkit();
        return onFx(() -> {
            Wall wall = new Wall(i18n, data, options, java.time.Clock.systemDefaultZone());
            Scene scene = wall.scene(width, height);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene;
        }, scene -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
    }

    /** Every page of the wall's rotation, in order (the pictures of {@code --snapshot wall --out DIR/}). */
    public static List<WritableImage> renderWallPages(CockpitData data, I18n i18n, int width, int height, WallOptions options) {
        startToolkit();
        List<WritableImage> images = new java.util.ArrayList<>();
        Wall[] wall = new Wall[1];
        Scene[] scene = new Scene[1];
        int pages = onFxValue(() -> {
            wall[0] = new Wall(i18n, data, options, java.time.Clock.systemDefaultZone());
            scene[0] = wall[0].scene(width, height);
            return wall[0].pages().size();
        });
        for (int k = 0; k < pages; k++) {
            int page = k;
            images.add(onFx(() -> {
                if (page > 0) {
                    wall[0].next(1);
                }
                scene[0].getRoot().applyCss();
                scene[0].getRoot().layout();
                return scene[0];
            }, sc -> {
                sc.getRoot().applyCss();
                sc.getRoot().layout();
                return sc.snapshot(null);
            }));
        }
        onFxValue(() -> {
            wall[0].stop();
            return 0;
        });
        return images;
    }

    private static <T> T onFxValue(java.util.function.Supplier<T> job) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(job.get());
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("rendering took longer than 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw failure.get() instanceof RuntimeException r ? r : new IllegalStateException(failure.get());
        }
        return result.get();
    }

    /** Builds on the FX thread, then takes the picture one event later (skins and charts lay out what was created). */
    private static <S> WritableImage onFx(java.util.function.Supplier<S> build, java.util.function.Function<S, WritableImage> shoot) {
        AtomicReference<WritableImage> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                S built = build.get();
                Platform.runLater(() -> {
                    try {
                        result.set(shoot.apply(built));
                    } catch (Throwable t) {
                        failure.set(t);
                    } finally {
                        done.countDown();
                    }
                });
            } catch (Throwable t) {
                failure.set(t);
                done.countDown();
            }
        });
        try {
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("rendering took more than 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get().toString(), failure.get());
        }
        return result.get();
    }

    private static void startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            started.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The picture as java.desktop sees it (for ImageIO and PDF pages). */
    public static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, w, h, argb, 0, w);
        return buffered;
    }

    /** PNG through java.desktop's ImageIO (javafx-swing is not shipped). */
    public static void write(WritableImage image, Path file) throws IOException {
        BufferedImage buffered = toBuffered(image);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = Files.createTempFile(parent, ".snapshot", ".png");
        try {
            if (!ImageIO.write(buffered, "png", tmp.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
