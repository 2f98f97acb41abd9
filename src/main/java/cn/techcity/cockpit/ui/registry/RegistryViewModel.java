package cn.techcity.cockpit.ui.registry;

import cn.techcity.cockpit.domain.BuildType;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.NumberInput;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.TaskForceScore;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.store.ProjectEdit;
import cn.techcity.cockpit.store.ScoreEdit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Projects (stage, investment) and the task forces' scores of a two-month period, as the clerk edits them. */
public final class RegistryViewModel {
    /** A project's editable state; investments as typed. */
    public record ProjectDraft(ProjectStage stage, BuildType buildType, String planned, String completed) {
    }

    private CockpitData data;
    private int period;
    private final Map<String, ProjectDraft> projects = new LinkedHashMap<>();
    private final Map<String, String> scores = new LinkedHashMap<>();

    public RegistryViewModel(CockpitData data, int period) {
        this.data = data;
        this.period = Math.max(1, Math.min(6, period));
    }

    public List<Project> projectRows() {
        return data.projects().stream().sorted(java.util.Comparator.comparing(Project::sectionCode).thenComparingInt(Project::ord)).toList();
    }

    public List<TaskForce> taskForceRows() {
        return data.taskForces();
    }

    public int period() {
        return period;
    }

    /** Changes the period of the score column; only when no score of the current period is unsaved. */
    public boolean setPeriod(int p) {
        if (!scores.isEmpty() || p < 1 || p > 6) {
            return false;
        }
        period = p;
        return true;
    }

    public ProjectDraft stored(Project p) {
        return new ProjectDraft(p.stage(), p.buildType(), p.investmentPlanned() == null ? "" : ValueFormat.number(p.investmentPlanned(), 2),
                p.investmentCompleted() == null ? "" : ValueFormat.number(p.investmentCompleted(), 2));
    }

    public ProjectDraft draft(Project p) {
        return projects.getOrDefault(p.code(), stored(p));
    }

    public void set(Project p, ProjectDraft d) {
        if (d.equals(stored(p))) {
            projects.remove(p.code());
        } else {
            projects.put(p.code(), d);
        }
    }

    public String storedScore(TaskForce tf) {
        return data.scores().stream().filter(s -> s.taskForceCode().equals(tf.code()) && s.year() == data.year() && s.period() == period)
                .findFirst().map(s -> ValueFormat.number(s.score(), 1)).orElse("");
    }

    public String score(TaskForce tf) {
        return scores.getOrDefault(tf.code(), storedScore(tf));
    }

    public void setScore(TaskForce tf, String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals(storedScore(tf))) {
            scores.remove(tf.code());
        } else {
            scores.put(tf.code(), t);
        }
    }

    public boolean isDirty() {
        return !projects.isEmpty() || !scores.isEmpty();
    }

    public boolean isEdited(Project p) {
        return projects.containsKey(p.code());
    }

    public boolean isEdited(TaskForce tf) {
        return scores.containsKey(tf.code());
    }

    private static String checkAmount(String label, String text) {
        NumberInput.Parsed p = NumberInput.parse(text);
        if (!p.ok()) {
            return label + ":" + p.error();
        }
        if (p.value() != null && p.value().signum() < 0) {
            return label + "不能为负数 / cannot be negative";
        }
        if (p.value() != null && p.value().stripTrailingZeros().scale() > 2) {
            return label + "最多 2 位小数(亿元) / at most 2 decimals";
        }
        return null;
    }

    public List<String> problems(Project p) {
        List<String> out = new ArrayList<>();
        ProjectDraft d = draft(p);
        String a = checkAmount(p.name() + " · 计划投资", d.planned());
        String b = checkAmount(p.name() + " · 完成投资", d.completed());
        if (a != null) {
            out.add(a);
        }
        if (b != null) {
            out.add(b);
        }
        return out;
    }

    public List<String> problems(TaskForce tf) {
        String text = score(tf);
        NumberInput.Parsed p = NumberInput.parse(text);
        String label = tf.name() + " · " + TaskForceScore.periodLabel(period) + "得分";
        if (!p.ok()) {
            return List.of(label + ":" + p.error());
        }
        if (p.value() != null && (p.value().signum() < 0 || p.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
            return List.of(label + "应在 0 至 100 之间 / must be 0 to 100");
        }
        if (p.value() != null && p.value().stripTrailingZeros().scale() > 1) {
            return List.of(label + "最多 1 位小数 / at most 1 decimal");
        }
        return List.of();
    }

    public List<String> allProblems() {
        List<String> out = new ArrayList<>();
        for (Project p : projectRows()) {
            if (isEdited(p)) {
                out.addAll(problems(p));
            }
        }
        for (TaskForce tf : taskForceRows()) {
            if (isEdited(tf)) {
                out.addAll(problems(tf));
            }
        }
        return out;
    }

    public List<ProjectEdit> projectEdits() {
        requireValid();
        List<ProjectEdit> out = new ArrayList<>();
        for (Project p : projectRows()) {
            ProjectDraft d = projects.get(p.code());
            if (d != null) {
                out.add(new ProjectEdit(p.code(), d.stage(), d.buildType(), NumberInput.parse(d.planned()).value(),
                        NumberInput.parse(d.completed()).value(), data.projectVersion(p.code())));
            }
        }
        return out;
    }

    public List<ScoreEdit> scoreEdits() {
        requireValid();
        List<ScoreEdit> out = new ArrayList<>();
        for (TaskForce tf : taskForceRows()) {
            String t = scores.get(tf.code());
            if (t != null) {
                out.add(new ScoreEdit(tf.code(), data.year(), period, NumberInput.parse(t).value(),
                        data.scoreVersion(tf.code(), data.year(), period)));
            }
        }
        return out;
    }

    private void requireValid() {
        if (!allProblems().isEmpty()) {
            throw new IllegalStateException("values with problems cannot be saved: " + allProblems());
        }
    }

    public void saved(CockpitData newData) {
        projects.clear();
        scores.clear();
        data = newData;
    }

    public void rebase(CockpitData newData) {
        data = newData;
    }
}
