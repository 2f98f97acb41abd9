package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.CockpitData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's save against a real H2 file: partial fields, audit, and optimistic versioning between two editors. */
class SaveEditsTest {
    @TempDir
    Path dir;

    private static FigureEdit value(CockpitData d, String code, int month, String v) {
        return new FigureEdit(code, 2026, month, true, v == null ? null : new BigDecimal(v), false, null, false, null,
                d.figureVersion(code, 2026, month));
    }

    @Test
    void onlyTheFieldsSetAreWrittenWithAnAuditRowEach() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            CockpitData d = store.load();
            BigDecimal growth = d.figure("A3-01", 2026, 10).orElseThrow().reportedGrowth();
            assertThat(growth).isNotNull();
            assertThat(store.saveEdits("张三", List.of(value(d, "A3-01", 10, "50.00")), List.of())).isEqualTo(1);
            CockpitData after = store.load();
            assertThat(after.figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo("50");
            assertThat(after.figure("A3-01", 2026, 10).orElseThrow().reportedGrowth()).as("not touched").isEqualByComparingTo(growth);
            assertThat(after.figureVersion("A3-01", 2026, 10)).isEqualTo(d.figureVersion("A3-01", 2026, 10) + 1);
            assertThat(store.auditOf("monthly_figure", "A3-01/2026/10")).singleElement()
                    .satisfies(a -> assertThat(a.who() + ":" + a.newValue()).isEqualTo("张三:50"));
        }
    }

    @Test
    void aSaveOverAnotherEditorsChangeIsRefusedAndNothingIsLost() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            CockpitData seatA = store.load();
            CockpitData seatB = store.load();
            // B saves first
            store.saveEdits("李四", List.of(value(seatB, "A2-03", 10, "30.00")), List.of());
            // A, who loaded before B's save, tries to save the same cell and another one
            assertThatThrownBy(() -> store.saveEdits("张三", List.of(value(seatA, "A2-03", 10, "31.00"),
                    value(seatA, "A2-04", 10, "5000")), List.of()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.getMessage()).contains("已被他人修改", "未写入任何数据");
                        assertThat(e.conflicts()).singleElement().satisfies(c -> {
                            assertThat(c.entityKey()).isEqualTo("A2-03/2026/10");
                            assertThat(c.theirValue()).isEqualTo("30");
                            assertThat(c.who()).isEqualTo("李四");
                        });
                    });
            CockpitData now = store.load();
            assertThat(now.figure("A2-03", 2026, 10).orElseThrow().value()).isEqualByComparingTo("30");
            assertThat(now.figure("A2-04", 2026, 10).orElseThrow().value()).as("the other cell was not half-saved")
                    .isEqualByComparingTo(seatA.figure("A2-04", 2026, 10).orElseThrow().value());
            // after reloading, A can save
            assertThat(store.saveEdits("张三", List.of(value(now, "A2-03", 10, "31.00")), List.of())).isEqualTo(1);
        }
    }

    @Test
    void twoNewCellsForTheSameMonthConflictToo() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            CockpitData d = store.load();
            store.saveEdits("李四", List.of(value(d, "A2-03", 12, "40")), List.of());
            assertThatThrownBy(() -> store.saveEdits("张三", List.of(value(d, "A2-03", 12, "41")), List.of()))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void targetsWithVersions() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            CockpitData d = store.load();
            int v = d.targetVersion("H0-01", 2026);
            store.saveEdits("张三", List.of(), List.of(new TargetEdit("H0-01", 2026, true, new BigDecimal("60.0"), false, null, v)));
            assertThat(store.load().target("H0-01", 2026).orElseThrow().base()).isEqualByComparingTo("60");
            assertThatThrownBy(() -> store.saveEdits("李四", List.of(),
                    List.of(new TargetEdit("H0-01", 2026, true, new BigDecimal("61.0"), false, null, v))))
                    .isInstanceOf(ConflictException.class);
        }
    }
}
