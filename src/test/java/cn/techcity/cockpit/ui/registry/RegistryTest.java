package cn.techcity.cockpit.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.BuildType;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.ConflictException;
import cn.techcity.cockpit.ui.registry.RegistryViewModel.ProjectDraft;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project and score editing: validation in the view model, one transaction with audit and versions in the store. */
class RegistryTest {
    @TempDir
    Path dir;

    @Test
    void badInvestmentsAndScoresAreRefusedWithTheCellNamed() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            CockpitData data = store.load();
            RegistryViewModel vm = new RegistryViewModel(data, 5);
            Project p = vm.projectRows().get(0);
            vm.set(p, new ProjectDraft(ProjectStage.STARTED, BuildType.NEW, "-3", "1.234"));
            assertThat(vm.allProblems()).hasSize(2).anyMatch(s -> s.contains(p.name() + " · 计划投资") && s.contains("不能为负数"))
                    .anyMatch(s -> s.contains("完成投资") && s.contains("最多 2 位小数"));
            TaskForce tf = vm.taskForceRows().get(0);
            vm.setScore(tf, "101");
            assertThat(vm.problems(tf)).singleElement().asString().contains(tf.name()).contains("0 至 100");
            vm.setScore(tf, "九十");
            assertThat(vm.problems(tf)).singleElement().asString().contains("不是数字");
            assertThatThrownBy(vm::projectEdits).isInstanceOf(IllegalStateException.class);
            assertThat(vm.setPeriod(4)).as("unsaved scores keep the period").isFalse();
        }
    }

    @Test
    void projectsAndScoresAreSavedTogetherWithAudit() {
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            CockpitData data = store.load();
            RegistryViewModel vm = new RegistryViewModel(data, 5);
            Project p = vm.projectRows().stream().filter(x -> x.name().startsWith("伊利康")).findFirst().orElseThrow();
            vm.set(p, new ProjectDraft(ProjectStage.UNDER_CONSTRUCTION, BuildType.NEW, "12.50", "３.20"));
            TaskForce tf = vm.taskForceRows().get(0);
            vm.setScore(tf, "96.5");
            int changed = store.saveRegistry("张三", vm.projectEdits(), vm.scoreEdits());
            assertThat(changed).isEqualTo(4); // stage, planned, completed, score
            CockpitData after = store.load();
            Project saved = after.projects().stream().filter(x -> x.code().equals(p.code())).findFirst().orElseThrow();
            assertThat(saved.stage()).isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
            assertThat(saved.investmentCompleted()).isEqualByComparingTo("3.2");
            assertThat(after.scores().stream().filter(s -> s.taskForceCode().equals(tf.code()) && s.period() == 5)
                    .findFirst().orElseThrow().score()).isEqualByComparingTo("96.5");
            assertThat(store.auditOf("project", p.code())).extracting(a -> a.field())
                    .containsExactlyInAnyOrder("stage", "investment_planned", "investment_completed");
            assertThat(store.auditOf("task_force_score", tf.code() + "/2026/5")).singleElement()
                    .satisfies(a -> assertThat(a.who()).isEqualTo("张三"));
            // the same edit from a grid loaded before the save is a conflict, and nothing of it is written
            RegistryViewModel stale = new RegistryViewModel(data, 5);
            stale.setScore(tf, "80");
            stale.set(p, new ProjectDraft(ProjectStage.COMPLETED, BuildType.NEW, "12.50", "12.50"));
            assertThatThrownBy(() -> store.saveRegistry("李四", stale.projectEdits(), stale.scoreEdits()))
                    .isInstanceOf(ConflictException.class);
            assertThat(store.load().projects().stream().filter(x -> x.code().equals(p.code())).findFirst().orElseThrow().stage())
                    .isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
        }
    }
}
