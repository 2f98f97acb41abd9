package cn.techcity.cockpit.io.excel;

import cn.techcity.cockpit.domain.Text;
import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.store.TargetEdit;
import cn.techcity.cockpit.store.TaskEdit;
import java.util.List;
import java.util.Locale;

/**
 * What an import would do, found before anything is written: every problem (and then nothing may be applied), the
 * warnings a clerk should read, and each change with its old and new value — the preview — with the edits that make it.
 * Its sentences come from the bundles: the window shows them in its language, the command line in both.
 */
public record ImportPlan(List<Problem> problems, List<Text> warnings, List<Text> notes, List<Change> changes,
                         List<FigureEdit> figureEdits, List<TargetEdit> targetEdits, List<TaskEdit> taskEdits,
                         List<cn.techcity.cockpit.domain.StructureCheck.Row> structureRows) {

    /** A cell that cannot be imported: where it is (sheet, 1-based row, column letters), what it holds, and why. */
    public record Problem(String sheet, int row, String column, String heading, String value, Text reason) {
        /** Why, in both languages. */
        public String why() {
            return reason.both();
        }

        public String in(Locale locale) {
            StringBuilder b = new StringBuilder("[").append(sheet).append(']');
            if (row > 0) {
                b.append(' ').append(Text.of("imp.at-row", Integer.toString(row)).in(locale));
            }
            if (column != null) {
                b.append(' ').append(Text.of("imp.at-column", column).in(locale));
                if (heading != null && !heading.isBlank()) {
                    b.append("(").append(heading).append(")");
                }
            }
            if (value != null) {
                b.append(' ').append(Text.of("imp.value", value).in(locale));
            }
            return b.append(":").append(reason.in(locale)).toString();
        }

        @Override
        public String toString() {
            String zh = in(Text.CHINESE);
            String en = in(Text.ENGLISH);
            return zh + " / " + en.substring(en.indexOf(':') + 1);
        }
    }

    /** One value that the import changes. */
    public record Change(String sheet, int row, String what, String oldValue, String newValue) {
        public String in(Locale locale) {
            String empty = Text.of("imp.empty").in(locale);
            return "[" + sheet + "] " + Text.of("imp.at-row", Integer.toString(row)).in(locale) + " " + what + ":"
                    + (oldValue == null ? empty : oldValue) + " → " + (newValue == null ? empty : newValue);
        }

        @Override
        public String toString() {
            return in(Text.CHINESE);
        }
    }

    public ImportPlan {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
        changes = List.copyOf(changes);
        figureEdits = List.copyOf(figureEdits);
        targetEdits = List.copyOf(targetEdits);
        taskEdits = List.copyOf(taskEdits);
        structureRows = List.copyOf(structureRows);
    }

    public ImportPlan(List<Problem> problems, List<Text> warnings, List<Text> notes, List<Change> changes,
                      List<FigureEdit> figureEdits, List<TargetEdit> targetEdits, List<TaskEdit> taskEdits) {
        this(problems, warnings, notes, changes, figureEdits, targetEdits, taskEdits, List.of());
    }

    public static ImportPlan failed(Problem problem) {
        return new ImportPlan(List.of(problem), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** True when nothing is wrong: the plan may be applied. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** The report of the command line: both languages. */
    public String report() {
        return report(null);
    }

    /** The report a clerk reads in the window's language (null: both): problems first (or the preview), then warnings and notes. */
    public String report(Locale locale) {
        StringBuilder b = new StringBuilder();
        String n = Integer.toString(valid() ? changes.size() : problems.size());
        if (!valid()) {
            b.append(say(Text.of("imp.report-refused", n), locale)).append('\n');
            problems.forEach(p -> b.append("  ").append(locale == null ? p.toString() : p.in(locale)).append('\n'));
        } else if (changes.isEmpty()) {
            b.append(say(Text.of("imp.report-nothing"), locale)).append('\n');
        } else {
            b.append(say(Text.of("imp.report-changes", n), locale)).append('\n');
            changes.forEach(c -> b.append("  ").append(c.in(locale == null ? Text.CHINESE : locale)).append('\n'));
        }
        if (!warnings.isEmpty()) {
            b.append(say(Text.of("imp.report-warnings"), locale)).append('\n');
            warnings.forEach(w -> b.append("  ").append(say(w, locale)).append('\n'));
        }
        if (!notes.isEmpty()) {
            b.append(say(Text.of("imp.report-notes"), locale)).append('\n');
            notes.forEach(x -> b.append("  ").append(say(x, locale)).append('\n'));
        }
        return b.toString();
    }

    private static String say(Text t, Locale locale) {
        return locale == null ? t.both() : t.in(locale);
    }
}
