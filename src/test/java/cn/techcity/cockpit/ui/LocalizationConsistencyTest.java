package cn.techcity.cockpit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key used is in both bundles, and every key of the bundles is used (JabRef's LocalizationConsistencyTest). */
class LocalizationConsistencyTest {
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][a-z0-9-]*\\.[a-z0-9.-]*[a-z0-9])\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z0-9.-]+)\"");
    /** Keys built at run time: "view." + id, "status." + name, "stage." + name … */
    private static final Pattern DYNAMIC = Pattern.compile(
            "(view|status|stage|build|milestone|task-status)\\.[a-z-]+|help\\.status\\.[a-z-]+|kpi\\.gap-(progress|target)-(ahead|behind)|wall\\.weekday\\.[1-7]|structure\\.kind\\.[a-z_]+");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/i18n/" + name);
             Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.toString();
                if (!name.endsWith(".java") && !name.endsWith(".fxml")) {
                    continue;
                }
                String text = Files.readString(f);
                Matcher m = (name.endsWith(".java") ? JAVA_KEY : FXML_KEY).matcher(text);
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages_zh_CN.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> bundleKeys = bundle("messages_zh_CN.properties").stringPropertyNames();
        Set<String> prefixes = new TreeSet<>();
        bundleKeys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        // string literals that look like message keys of a bundle prefix ("kpi.target"), not system properties
        Set<String> used = new TreeSet<>();
        for (String k : usedKeys()) {
            if (prefixes.contains(k.substring(0, k.indexOf('.'))) && !k.endsWith("-") && !k.endsWith(".")) {
                used.add(k);
            }
        }
        assertThat(bundleKeys).containsAll(used);
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> used = usedKeys();
        for (String key : bundle("messages_zh_CN.properties").stringPropertyNames()) {
            assertThat(used.contains(key) || DYNAMIC.matcher(key).matches()).as("unused key " + key).isTrue();
        }
    }
}
