package cn.techcity.cockpit.ui.common;

import java.util.Objects;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The two themes: light for the clerks, dark for the wall. Status colours live in the theme's CSS
 * ({@code theme/light.css}, {@code theme/dark.css}); the only colours here are the ones TilesFX takes as objects.
 */
public enum Theme {
    LIGHT("light", Color.web("#ffffff"), Color.web("#1d2433")),
    DARK("dark", Color.web("#172033"), Color.web("#f2f5fa"));

    private final String id;
    private final Color tileBackground;
    private final Color tileForeground;

    Theme(String id, Color tileBackground, Color tileForeground) {
        this.id = id;
        this.tileBackground = tileBackground;
        this.tileForeground = tileForeground;
    }

    public static Theme of(String id) {
        return "dark".equals(id) ? DARK : LIGHT;
    }

    public String id() { return id; }

    public Color tileBackground() { return tileBackground; }

    public Color tileForeground() { return tileForeground; }

    public String stylesheet() {
        return resource("/cn/techcity/cockpit/ui/theme/" + id + ".css");
    }

    public static String resource(String path) {
        return Objects.requireNonNull(Theme.class.getResource(path), "Resource not found: " + path).toExternalForm();
    }

    /**
     * A font family with Chinese glyphs: Microsoft YaHei on Windows, WenQuanYi Micro Hei on Linux. JavaFX CSS takes one
     * family, not a list, so it is chosen here and set on the root.
     */
    public static String chineseFontFamily() {
        var families = Font.getFamilies();
        for (String f : new String[] {"Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "WenQuanYi Micro Hei",
                "Noto Sans CJK SC", "Source Han Sans SC"}) {
            if (families.contains(f)) {
                return f;
            }
        }
        return "System";
    }
}
