package cn.techcity.cockpit.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.Status;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The files (Excel, PDF) say a status with the same word the views show. */
class StatusWordsTest {
    @Test
    void theWordsAreTheViews() {
        ResourceBundle zh = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);
        for (Status s : Status.values()) {
            String key = "status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
            assertThat(StatusWords.of(s)).as(key).isEqualTo(zh.getString(key));
        }
    }
}
