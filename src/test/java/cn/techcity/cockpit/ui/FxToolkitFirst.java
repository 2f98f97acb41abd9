package cn.techcity.cockpit.ui;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testfx.api.FxToolkit;

/**
 * Lets TestFX start the JavaFX toolkit before any test does. When a test that renders in-process (a snapshot, the
 * PDF briefing) ran first, the toolkit came from {@code Platform.startup}, and in every TestFX test after it the
 * robot's key presses reached no window (the views did not change on Ctrl+2, the editor took no typing). Which test
 * runs first follows the file system's listing, so this failed on some machines and not on others.
 * Registered in {@code META-INF/services}; only in a headless (Monocle) test JVM.
 */
public final class FxToolkitFirst implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"Monocle".equals(System.getProperty("glass.platform"))) {
            return;
        }
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start within TestFX's timeout", e);
        }
    }
}
