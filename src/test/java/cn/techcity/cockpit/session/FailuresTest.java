package cn.techcity.cockpit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.techcity.cockpit.domain.Text;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.StoreException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's refusals come from the bundles (issue 14): the Chinese window reads Chinese only, the English window English
 * only, the command line and the log both, Chinese first.
 */
class FailuresTest {
    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");

    @TempDir
    Path dir;

    @Test
    void aStoreFailureIsInTheWindowsLanguageAndInBothOnTheCommandLine() {
        Path db = dir.resolve("cockpit");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            StoreException e = catchThrowableOfType(StoreException.class, () -> CockpitStore.open(db, 2026, 10));
            assertThat(e.text().key()).isEqualTo("store.in-use");

            String zh = Failures.message(e, Locale.SIMPLIFIED_CHINESE);
            assertThat(zh).startsWith("数据库文件正被另一个程序使用:").contains("cockpit.mv.db").doesNotContain(" / ")
                    .doesNotContain("in use by another process");

            String en = Failures.message(e, Locale.ENGLISH);
            assertThat(en).startsWith("The database file is in use by another process: ").contains("cockpit.mv.db")
                    .endsWith("for several seats use the server mode.");
            assertThat(HAN.matcher(en).find()).as("no Chinese in the English window: " + en).isFalse();

            assertThat(e.getMessage()).isEqualTo(zh + " / " + en).isEqualTo(e.text().both());
            assertThat(Failures.message(e)).isEqualTo(e.getMessage());
            assertThat(Failures.message(new CompletionException(e), Locale.ENGLISH)).as("unwrapped from the background")
                    .isEqualTo(en);
            store.load();
        }
    }

    @Test
    void aStoreSentenceWithAReasonPutsTheReasonInTheSameLanguage() {
        Text reason = Text.of("store.reason-disk-full");
        StoreException e = new StoreException(Text.of("store.save-failed-journal", reason, Text.of("store.data-intact")));
        assertThat(Failures.message(e, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("保存失败,未写入任何数据:无法写入保存日志(磁盘空间不足)。已确认的数据完好。");
        assertThat(Failures.message(e, Locale.ENGLISH)).isEqualTo("Save failed, nothing was written: the save journal could not be"
                + " written (the disk is full). The acknowledged data is intact.");
    }

    @Test
    void aSentenceWithAnApostropheAndAValueKeepsItsApostrophe() {
        assertThat(Text.of("store.sibling-is-folder", "cockpit.lock").en()).isEqualTo(
                "cockpit.lock should be a file of the cockpit's but is a folder: move it away and try again");
        assertThat(Text.of("store.admin-for-password").en()).startsWith("changing another account's password");
    }
}
