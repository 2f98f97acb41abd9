package cn.techcity.cockpit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void snapshotOptions() throws Exception {
        CommandLine c = CommandLine.parse("--db", "data/c", "--snapshot", "overview", "--out", "o.png", "--size", "3840x2160",
                "--month", "2026-09", "--theme", "dark");
        assertThat(c.db()).isEqualTo("data/c");
        assertThat(c.snapshotView()).isEqualTo("overview");
        assertThat(c.width()).isEqualTo(3840);
        assertThat(c.height()).isEqualTo(2160);
        assertThat(c.month()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(c.theme()).isEqualTo("dark");
        assertThat(c.bare()).as("the window's layout unless asked").isFalse();
        assertThat(CommandLine.parse("--snapshot", "overview", "--out", "o.png", "--bare").bare()).isTrue();
        assertThatThrownBy(() -> CommandLine.parse("--bare")).hasMessageContaining("--bare").hasMessageContaining("--snapshot");
    }

    @Test
    void defaultsAreTheDesignSize() throws Exception {
        CommandLine c = CommandLine.parse("--snapshot", "help", "--out", "x.png");
        assertThat(c.width()).isEqualTo(1920);
        assertThat(c.height()).isEqualTo(1080);
        assertThat(CommandLine.parse().help()).isFalse();
    }

    @Test
    void badInputNamesTheOptionAndWhatIsWrong() {
        assertThatThrownBy(() -> CommandLine.parse("--size", "1920*1080", "--snapshot", "x", "--out", "y"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--size").hasMessageContaining("1920*1080");
        assertThatThrownBy(() -> CommandLine.parse("--size", "100x100", "--snapshot", "x", "--out", "y"))
                .hasMessageContaining("超出范围");
        assertThatThrownBy(() -> CommandLine.parse("--month", "2026-13")).hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> CommandLine.parse("--month", "10月")).hasMessageContaining("--month");
        assertThatThrownBy(() -> CommandLine.parse("--theme", "blue")).hasMessageContaining("light|dark");
        assertThatThrownBy(() -> CommandLine.parse("--frobnicate")).hasMessageContaining("未知选项");
        assertThatThrownBy(() -> CommandLine.parse("--snapshot", "overview")).hasMessageContaining("--out");
        assertThatThrownBy(() -> CommandLine.parse("--db")).hasMessageContaining("缺少取值");
    }

    @Test
    void dataFolderPerOperatingSystem() {
        assertThat(AppPaths.dataFolder("Windows 11", Map.of("APPDATA", "C:\\Users\\clerk\\AppData\\Roaming"), "C:\\Users\\clerk"))
                .isEqualTo(Path.of("C:\\Users\\clerk\\AppData\\Roaming", "TechCityCockpit"));
        assertThat(AppPaths.dataFolder("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/c"))
                .isEqualTo(Path.of("/data/techcity-cockpit"));
        assertThat(AppPaths.dataFolder("Linux", Map.of(), "/home/c")).isEqualTo(Path.of("/home/c/.local/share/techcity-cockpit"));
    }
}
