package cn.techcity.cockpit.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.ui.editor.EditorViewModel.CellKey;
import cn.techcity.cockpit.ui.editor.EditorViewModel.Column;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorViewModelTest {
    @TempDir
    static Path dir;
    static CockpitData data;

    @BeforeAll
    static void load() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            data = store.load();
        }
    }

    private final EditorViewModel vm = new EditorViewModel(data, 10);

    private static CellKey cell(String code, Column c) {
        return new CellKey(code, c);
    }

    @Test
    void rowsAreGroupedByWorkAreaWithEveryIndicator() {
        assertThat(vm.rows().stream().filter(EditorViewModel.Row::isHeading).map(r -> r.group().title()))
                .contains("科创平台展开新篇章", "发展要素实现新跨越", "打好“育新孵优”攻坚战");
        assertThat(vm.rows().stream().filter(r -> !r.isHeading())).hasSize(data.indicators().size());
    }

    @Test
    void onlyTheRowsAskedForEachUnderItsHeadingInTheGridsOrder() {
        // 只看未填报: a headline indicator, two of 产业发展 (given out of order) and nothing of the other groups
        var rows = vm.rowsOf(java.util.Set.of("A3-02", "H0-01", "A3-01"));
        assertThat(rows).extracting(r -> r.isHeading() ? "# " + r.group().code() : r.indicator().code())
                .containsExactly("# H0", "H0-01", "# A3", "A3-01", "A3-02");
        assertThat(vm.rowsOf(java.util.Set.of())).isEmpty();
        // a row being typed in is one of them until it is saved
        assertThat(vm.editedIndicators()).isEmpty();
        vm.set(cell("A3-04", Column.M11), "5.5");
        assertThat(vm.editedIndicators()).containsExactly("A3-04");
        assertThat(vm.rowsOf(data.indicators().stream().map(i -> i.code()).collect(java.util.stream.Collectors.toSet())))
                .isEqualTo(vm.rows());
    }

    @Test
    void storedValuesShowInTheirPrecision() {
        String expected = data.figure("A2-03", 2026, 10).orElseThrow().value().setScale(2).toPlainString();
        assertThat(vm.text(cell("A2-03", Column.M10))).isEqualTo(expected);
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void aBadValueIsAnErrorAtTheCellAndBlocksTheSave() {
        vm.set(cell("A2-03", Column.M11), "12.345");
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.errorsProperty().get()).isEqualTo(1);
        assertThat(vm.problemList(true)).singleElement().asString().contains("招引内资 · 11月").contains("最多 2 位小数");
        assertThatThrownBy(vm::toEdits).isInstanceOf(IllegalStateException.class);
        vm.set(cell("A2-03", Column.M11), "abc");
        assertThat(vm.problemList(true)).singleElement().asString().contains("不是数字");
    }

    @Test
    void fullWidthAndSeparatorsAreSavedAsTheNumber() {
        vm.set(cell("A2-04", Column.M11), "１,２３４");
        assertThat(vm.errorsProperty().get()).isZero();
        FigureEdit e = vm.toEdits().figures().get(0);
        assertThat(e.value()).isEqualByComparingTo("1234");
        assertThat(e.month()).isEqualTo(11);
        assertThat(e.setValue()).isTrue();
        assertThat(e.setGrowth()).isFalse();
        assertThat(e.expectedVersion()).isEqualTo(FigureEdit.ABSENT);
    }

    @Test
    void lowerThanLastMonthIsAWarningNotAnError() {
        vm.set(cell("A2-03", Column.M10), "0.01");
        assertThat(vm.errorsProperty().get()).isZero();
        assertThat(vm.warningsProperty().get()).isEqualTo(1);
        assertThat(vm.warningList()).singleElement().asString().contains("低于上月累计数");
        assertThat(vm.toEdits().figures().get(0).expectedVersion()).isEqualTo(data.figureVersion("A2-03", 2026, 10));
    }

    @Test
    void undoAndRedoWalkTheEdits() {
        CellKey k = cell("A2-03", Column.M11);
        vm.set(k, "40");
        vm.set(k, "41");
        assertThat(vm.text(k)).isEqualTo("41");
        vm.undo();
        assertThat(vm.text(k)).isEqualTo("40");
        vm.undo();
        assertThat(vm.text(k)).isEmpty();
        assertThat(vm.isDirty()).isFalse();
        vm.redo();
        assertThat(vm.text(k)).isEqualTo("40");
        vm.set(cell("A2-03", Column.M12), "50");
        assertThat(vm.canRedo()).as("a new edit drops the redo").isFalse();
    }

    @Test
    void typingTheStoredValueBackIsNoEdit() {
        CellKey k = cell("A2-03", Column.M10);
        String stored = vm.text(k);
        vm.set(k, "1");
        vm.set(k, stored);
        assertThat(vm.isEdited(k)).isFalse();
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void pasteABlockFromExcelAsOneStep() {
        // two rows × three months starting at 招引内资 11月: the second row is 实际利用外资
        int n = vm.paste(cell("A2-03", Column.M11), "40.5\t42\r\n6000\t6,500\n");
        assertThat(n).isEqualTo(4);
        assertThat(vm.text(cell("A2-03", Column.M11))).isEqualTo("40.5");
        assertThat(vm.text(cell("A2-03", Column.M12))).isEqualTo("42");
        assertThat(vm.text(cell("A2-04", Column.M11))).isEqualTo("6000");
        assertThat(vm.text(cell("A2-04", Column.M12))).isEqualTo("6,500");
        vm.undo();
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void deleteClearsAndClearingIsSavedAsMissing() {
        CellKey k = cell("A2-03", Column.M10);
        vm.clear(java.util.List.of(k));
        assertThat(vm.text(k)).isEmpty();
        FigureEdit e = vm.toEdits().figures().get(0);
        assertThat(e.setValue()).isTrue();
        assertThat(e.value()).isNull();
    }

    @Test
    void growthAndNoteGoToTheSelectedMonthsFigure() {
        vm.set(cell("A3-01", Column.GROWTH), "12.3");
        vm.set(cell("A3-01", Column.NOTE), "快报,待修订");
        var edits = vm.toEdits().figures();
        assertThat(edits).singleElement().satisfies(e -> {
            assertThat(e.month()).isEqualTo(10);
            assertThat(e.setValue()).isFalse();
            assertThat(e.growth()).isEqualByComparingTo("12.3");
            assertThat(e.note()).isEqualTo("快报,待修订");
        });
        assertThat(vm.editable(cell("H0-02", Column.GROWTH))).as("a growth-rate indicator has no separate 同比").isFalse();
    }

    @Test
    void targetsOfTheBattlesAreForThePlanYear() {
        vm.set(cell("B3-01", Column.BASE), "60");
        assertThat(vm.toEdits().targets()).singleElement().satisfies(t -> {
            assertThat(t.year()).isEqualTo(2027);
            assertThat(t.base()).isEqualByComparingTo("60");
            assertThat(t.setStretch()).isFalse();
        });
    }

    @Test
    void dataFromAnotherSeatArrivingWhileTypingDoesNotMoveTheVersionTheEditWasTypedAgainst() throws Exception {
        Path other = dir.resolve("seat");
        java.nio.file.Files.createDirectories(other);
        CockpitData before;
        CockpitData after;
        try (CockpitStore store = CockpitStore.open(other.resolve("c"), 2026, 10)) {
            before = store.load();
            EditorViewModel typing = new EditorViewModel(before, 10);
            typing.set(cell("A2-03", Column.M10), "31.00");
            // another seat saves the same cell; the window polls and rebases the grid
            store.saveEdits("李四", java.util.List.of(new FigureEdit("A2-03", 2026, 10, true, new java.math.BigDecimal("30.00"),
                    false, null, false, null, before.figureVersion("A2-03", 2026, 10))), java.util.List.of());
            after = store.load();
            typing.rebase(after, 10);
            assertThat(typing.text(cell("A2-03", Column.M10))).as("the clerk's typing stays").isEqualTo("31.00");
            FigureEdit edit = typing.toEdits().figures().get(0);
            assertThat(edit.expectedVersion()).isEqualTo(before.figureVersion("A2-03", 2026, 10))
                    .isNotEqualTo(after.figureVersion("A2-03", 2026, 10));
            assertThatThrownBy(() -> store.saveEdits("张三", typing.toEdits().figures(), typing.toEdits().targets()))
                    .isInstanceOfSatisfying(cn.techcity.cockpit.store.ConflictException.class, e -> assertThat(e.conflicts())
                            .singleElement().satisfies(c -> assertThat(c.who() + " " + c.theirValue()).isEqualTo("李四 30")));
            // typed after the new data arrived: against the new version, saves
            EditorViewModel fresh = new EditorViewModel(after, 10);
            fresh.set(cell("A2-03", Column.M10), "32.00");
            assertThat(store.saveEdits("张三", fresh.toEdits().figures(), fresh.toEdits().targets())).isEqualTo(1);
        }
    }
}
