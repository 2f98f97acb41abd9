package cn.techcity.cockpit.app;

import java.nio.file.Path;
import java.util.Map;

/** Where the data lives when {@code --db} does not say: the user's data folder of the operating system. */
public final class AppPaths {
    private AppPaths() {
    }

    /** Windows: %APPDATA%\TechCityCockpit; elsewhere $XDG_DATA_HOME/techcity-cockpit or ~/.local/share/techcity-cockpit. */
    public static Path dataFolder(String osName, Map<String, String> env, String userHome) {
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("TechCityCockpit");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("techcity-cockpit");
    }

    public static Path defaultDatabase() {
        return dataFolder(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"))
                .resolve("cockpit.mv.db");
    }
}
