package cn.techcity.cockpit.ui.taskeditor;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.store.TaskEdit;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The battle tasks as the clerk edits them: owner, due date (as typed), status, progress note; checked before saving. */
public final class TaskEditorViewModel {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日?");

    /** One task's editable state. */
    public record Draft(String owner, String due, TaskStatus status, String note) {
    }

    private CockpitData data;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    public TaskEditorViewModel(CockpitData data) {
        this.data = data;
    }

    public List<BattleTask> tasks() {
        return data.tasks();
    }

    public int planYear() {
        return data.battlesYear();
    }

    public Draft stored(BattleTask t) {
        return new Draft(t.owner() == null ? "" : t.owner(), t.due() == null ? "" : t.due().toString(), t.status(),
                t.progressNote() == null ? "" : t.progressNote());
    }

    public Draft draft(BattleTask t) {
        return drafts.getOrDefault(t.code(), stored(t));
    }

    public void set(BattleTask t, Draft d) {
        if (d.equals(stored(t))) {
            drafts.remove(t.code());
        } else {
            drafts.put(t.code(), d);
        }
    }

    public boolean isDirty() {
        return !drafts.isEmpty();
    }

    public boolean isEdited(BattleTask t) {
        return drafts.containsKey(t.code());
    }

    /** Reads a due date as clerks write it: 2027-06-30, 2027/6/30, 6月30日 (the plan year). Null for an empty text. */
    public LocalDate parseDue(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        Matcher c = CHINESE.matcher(s);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (c.matches()) {
                int year = c.group(1) == null ? planYear() : Integer.parseInt(c.group(1));
                return LocalDate.of(year, Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(cn.techcity.cockpit.domain.Text.of("msg.due-invalid", s).in(locale));
        }
        throw new IllegalArgumentException(cn.techcity.cockpit.domain.Text.of("msg.due-unreadable", s, Integer.toString(planYear()))
                .in(locale));
    }

    /** The language of the problems this model writes; the window's. */
    private java.util.Locale locale = cn.techcity.cockpit.domain.Text.CHINESE;

    public void useLocale(java.util.Locale locale) {
        this.locale = locale;
    }

    /** The problems of a task's draft: "任务 · 截止日期:…"; empty when it can be saved. */
    public List<String> problems(BattleTask t) {
        List<String> out = new ArrayList<>();
        Draft d = draft(t);
        try {
            parseDue(d.due());
        } catch (IllegalArgumentException e) {
            out.add(t.title() + " · " + e.getMessage());
        }
        var owner = cn.techcity.cockpit.domain.TextRules.problem(d.owner(), cn.techcity.cockpit.domain.TextRules.OWNER_MAX);
        if (owner != null) {
            out.add(t.title() + " · " + cn.techcity.cockpit.domain.Text.of("msg.field-owner", owner).in(locale));
        }
        var note = cn.techcity.cockpit.domain.TextRules.problem(d.note(), cn.techcity.cockpit.domain.TextRules.NOTE_MAX);
        if (note != null) {
            out.add(t.title() + " · " + cn.techcity.cockpit.domain.Text.of("msg.field-progress", note).in(locale));
        }
        return out;
    }

    public List<String> allProblems() {
        List<String> out = new ArrayList<>();
        for (BattleTask t : data.tasks()) {
            if (drafts.containsKey(t.code())) {
                out.addAll(problems(t));
            }
        }
        return out;
    }

    public List<TaskEdit> toEdits() {
        if (!allProblems().isEmpty()) {
            throw new IllegalStateException("tasks with problems cannot be saved: " + allProblems());
        }
        List<TaskEdit> out = new ArrayList<>();
        for (BattleTask t : data.tasks()) {
            Draft d = drafts.get(t.code());
            if (d != null) {
                out.add(new TaskEdit(t.code(), d.owner().isBlank() ? null : d.owner().strip(), parseDue(d.due()), d.status(),
                        d.note().isBlank() ? null : d.note().strip(), data.taskVersion(t.code())));
            }
        }
        return out;
    }

    public void saved(CockpitData newData) {
        drafts.clear();
        this.data = Objects.requireNonNull(newData);
    }

    public void rebase(CockpitData newData) {
        this.data = Objects.requireNonNull(newData);
    }
}
