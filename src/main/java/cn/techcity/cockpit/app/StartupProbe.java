package cn.techcity.cockpit.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: a bare JavaFX window with one label, timed the same way as the cockpit's
 * {@code --startup-benchmark} (first frame from JVM start). Run: {@code java -cp target/cockpit.jar:target/lib/*
 * cn.techcity.cockpit.app.StartupProbe}.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new javafx.scene.layout.StackPane(new javafx.scene.control.Label("科技城工作驾驶舱")), 1600, 900);
            stage.setScene(scene);
            whenFirstFrame(scene, () -> {
                System.out.println("first-frame-ms=" + sinceJvmStart());
                System.exit(0);
            });
            stage.show();
        });
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Runs {@code then} after the first pulse that laid out {@code scene} has been handed to the renderer. */
    public static void whenFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // the frame of this pulse is rendered after the listeners; the next event runs after it was queued
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
