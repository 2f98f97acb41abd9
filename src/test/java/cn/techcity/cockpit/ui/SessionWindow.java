package cn.techcity.cockpit.ui;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window of the TestFX tests that save: a new store in a temporary folder, a session over it on its own database
 * thread, and the cockpit on {@code stage} at 1920x1080 showing {@code view}. Close the session after the test.
 */
public record SessionWindow(Session session, CockpitUi ui) {
    public static SessionWindow open(Stage stage, ViewId view, Clock clock, int year, int month) throws Exception {
        var dir = Files.createTempDirectory("cockpit-window");
        DbExecutor db = new DbExecutor();
        Session session = new Session(db.submit(() -> CockpitStore.open(dir.resolve("c"), year, month)), db,
                javafx.application.Platform::runLater, clock);
        CockpitData data = session.firstRead().get(30, TimeUnit.SECONDS);
        session.publishFirst(data);
        CockpitUi ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, month, () -> { }, clock, session);
        ui.shell().show(view);
        stage.setScene(ui.scene(1920, 1080));
        stage.show();
        return new SessionWindow(session, ui);
    }

    /** Waits (up to 10 s) for what a save or a read on the database thread brings to the FX thread. */
    public static void waitFor(BooleanSupplier condition) {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
