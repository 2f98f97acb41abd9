package cn.techcity.cockpit.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The short soak in CI: 300 rotations with a change each, in a child JVM under -Xmx256m. */
class WallSoakTest {
    static Map<String, String> runSoak(int rotations, int window) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-Dprism.order=sw", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dheadless.geometry=1920x1080-32", "-Djavafx.cachedir=target/openjfx-cache",
                "-Dsoak.trace=" + Integer.getInteger("soak.trace", 0), "-Dsoak.histo=" + System.getProperty("soak.histo", ""), "-cp", System.getProperty("java.class.path"), WallSoak.class.getName(), Integer.toString(rotations),
                Integer.toString(window))).redirectErrorStream(true).start();
        Map<String, String> figures = new HashMap<>();
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                all.append(line).append('\n');
                if (line.startsWith("trace ")) {
                    System.out.println(line);
                }
                if (line.startsWith("soak ")) {
                    System.out.println(line);
                    for (String kv : line.substring(5).split(" ")) {
                        String[] x = kv.split("=");
                        figures.put(x[0], x[1]);
                    }
                }
            }
        }
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(all.toString()).isZero();
        assertThat(figures).as(all.toString()).containsKey("heap-growth-mb");
        return figures;
    }

    @Test
    void rotatingWithChangesNeitherLeaksMemoryNorThreads() throws Exception {
        Map<String, String> f = runSoak(300, 4);
        assertThat(Double.parseDouble(f.get("heap-growth-mb"))).as("live heap growth after GC").isLessThan(5.0);
        assertThat(Integer.parseInt(f.get("threads-end"))).as("threads").isLessThanOrEqualTo(Integer.parseInt(f.get("threads-warm")));
        assertThat(f.get("disposed-wall-collected")).isEqualTo("true");
    }
}
