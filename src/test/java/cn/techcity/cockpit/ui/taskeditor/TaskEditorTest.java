package cn.techcity.cockpit.ui.taskeditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.ConflictException;
import cn.techcity.cockpit.store.TaskEdit;
import cn.techcity.cockpit.ui.taskeditor.TaskEditorViewModel.Draft;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task editor's view model and its save against a real H2 file. */
class TaskEditorTest {
    @TempDir
    Path dir;

    @Test
    void dueDatesAsClerksWriteThem() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            TaskEditorViewModel vm = new TaskEditorViewModel(store.load());
            assertThat(vm.parseDue("2027-06-30")).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(vm.parseDue("2027/6/3")).isEqualTo(LocalDate.of(2027, 6, 3));
            assertThat(vm.parseDue("9月30日")).as("the plan year").isEqualTo(LocalDate.of(2027, 9, 30));
            assertThat(vm.parseDue(" ")).isNull();
            assertThatThrownBy(() -> vm.parseDue("下个月")).hasMessageContaining("无法识别");
            assertThatThrownBy(() -> vm.parseDue("2027-02-30")).hasMessageContaining("不是有效日期");
        }
    }

    @Test
    void aBadDateBlocksTheSaveAndAGoodEditIsSavedWithHistory() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            CockpitData data = store.load();
            TaskEditorViewModel vm = new TaskEditorViewModel(data);
            BattleTask t = data.tasks("B2").get(0);
            vm.set(t, new Draft("招商引资专班", "6月31日", TaskStatus.IN_PROGRESS, "启动区选址完成"));
            assertThat(vm.allProblems()).singleElement().asString().contains(t.title()).contains("不是有效日期");
            assertThatThrownBy(vm::toEdits).isInstanceOf(IllegalStateException.class);
            vm.set(t, new Draft("招商引资专班", "6月30日", TaskStatus.IN_PROGRESS, "启动区选址完成"));
            List<TaskEdit> edits = vm.toEdits();
            assertThat(store.saveTasks("张三", edits)).isEqualTo(4);
            BattleTask saved = store.load().tasks("B2").get(0);
            assertThat(saved.owner()).isEqualTo("招商引资专班");
            assertThat(saved.due()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(saved.status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(store.taskHistory(t.code())).singleElement()
                    .satisfies(h -> assertThat(h.who() + ":" + h.newStatus() + ":" + h.note()).isEqualTo("张三:IN_PROGRESS:启动区选址完成"));
            assertThat(store.auditOf("battle_task", t.code())).hasSize(4);
            // a second editor who loaded before that save is refused
            assertThatThrownBy(() -> store.saveTasks("李四", List.of(new TaskEdit(t.code(), "别的专班", null, TaskStatus.DONE, null,
                    data.taskVersion(t.code()))))).isInstanceOf(ConflictException.class);
            assertThat(store.load().tasks("B2").get(0).owner()).isEqualTo("招商引资专班");
        }
    }
}
