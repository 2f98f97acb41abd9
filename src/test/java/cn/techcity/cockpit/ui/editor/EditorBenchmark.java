package cn.techcity.cockpit.ui.editor;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.store.StoreTestSupport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints the median time to save 1,000 edited cells (one transaction, versions checked, an audit row
 * each) beside a baseline of the same rows merged without checks or audit, and the time to load the full grid.
 * Run: {@code mvn -B test -Dtest=EditorBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EditorBenchmark {
    private static final int CELLS = 1000;
    private static final int ROUNDS = 9;

    @Test
    void saveAndLoad() throws Exception {
        Path dir = Files.createTempDirectory("cockpit-editor-bench");
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 12)) {
            long[] save = new long[ROUNDS];
            long[] baseline = new long[ROUNDS];
            long[] load = new long[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                long t = System.nanoTime();
                CockpitData data = store.load();
                EditorViewModel vm = new EditorViewModel(data, 12);
                for (EditorViewModel.Row row : vm.rows()) {
                    if (!row.isHeading()) {
                        for (EditorViewModel.Column c : EditorViewModel.Column.values()) {
                            vm.text(new EditorViewModel.CellKey(row.indicator().code(), c));
                        }
                    }
                }
                load[r] = System.nanoTime() - t;

                List<FigureEdit> edits = new ArrayList<>();
                List<MonthlyFigure> merge = new ArrayList<>();
                // this year's and last year's twelve months: 2 × 12 × the indicators with figures
                outer:
                for (int year = 2025; year <= 2026; year++) {
                for (Indicator i : data.indicators()) {
                    for (int m = 1; m <= 12; m++) {
                        if (data.figureVersion(i.code(), year, m) < 0) {
                            continue;
                        }
                        if (edits.size() == CELLS) {
                            break outer;
                        }
                        edits.add(new FigureEdit(i.code(), year, m, true, BigDecimal.valueOf(1000 + r * 10 + m), false, null,
                                false, null, data.figureVersion(i.code(), year, m)));
                        merge.add(new MonthlyFigure(i.code(), year - 2, m, BigDecimal.valueOf(2000 + r * 10 + m), null, null,
                                Revision.REVISED, "bench", Instant.now(), false));
                    }
                }
                }
                if (edits.size() < CELLS) {
                    throw new IllegalStateException("only " + edits.size() + " cells to edit");
                }
                t = System.nanoTime();
                store.saveEdits("bench", edits, List.of());
                save[r] = System.nanoTime() - t;
                t = System.nanoTime();
                StoreTestSupport.insertFigures(store, merge);
                baseline[r] = System.nanoTime() - t;
            }
            System.out.printf("save %d edited cells: median %.1f ms (goal < 200 ms); baseline plain batch MERGE of %d rows: %.1f ms%n",
                    CELLS, median(save) / 1e6, CELLS, median(baseline) / 1e6);
            System.out.printf("load the full grid (store read + every cell's text): median %.1f ms%n", median(load) / 1e6);
        }
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
