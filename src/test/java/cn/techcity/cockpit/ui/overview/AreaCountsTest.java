package cn.techcity.cockpit.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.store.CockpitStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The 板块 cards of the overview: 达高线 is counted on its own, not again under 达序时. */
class AreaCountsTest {
    @Test
    void stretchMetIsCountedOnItsOwnAndEveryIndicatorOnce() throws Exception {
        Path dir = Files.createTempDirectory("cockpit-counts");
        CockpitData data;
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            data = store.load();
        }
        int stretchSeen = 0;
        for (var area : data.sections(SectionKind.AREA)) {
            var c = OverviewViewModel.counts(data, area, 10);
            var statuses = data.assess(area.code(), 10).stream().map(Assessment::status).toList();
            long stretch = statuses.stream().filter(s -> s == Status.STRETCH_MET).count();
            long green = statuses.stream().filter(s -> s == Status.GREEN).count();
            assertThat(c.stretch()).as("%s 达高线", area.code()).isEqualTo(stretch);
            assertThat(c.green()).as("%s 达序时 without 达高线", area.code()).isEqualTo(green);
            assertThat(c.stretch() + c.green() + c.amber() + c.red() + c.missing()).isEqualTo(c.total());
            stretchSeen += c.stretch();
        }
        assertThat(stretchSeen).as("the sample data has indicators that met their stretch target").isPositive();
    }
}
