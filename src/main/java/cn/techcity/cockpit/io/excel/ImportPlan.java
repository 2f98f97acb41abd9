package cn.techcity.cockpit.io.excel;

import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.store.TargetEdit;
import cn.techcity.cockpit.store.TaskEdit;
import java.util.List;

/**
 * What an import would do, found before anything is written: every problem (and then nothing may be applied), the
 * warnings a clerk should read, and each change with its old and new value — the preview — with the edits that make it.
 */
public record ImportPlan(List<Problem> problems, List<String> warnings, List<String> notes, List<Change> changes,
                         List<FigureEdit> figureEdits, List<TargetEdit> targetEdits, List<TaskEdit> taskEdits) {

    /** A cell that cannot be imported: where it is (sheet, 1-based row, column letters), what it holds, and why. */
    public record Problem(String sheet, int row, String column, String heading, String value, String why) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("[").append(sheet).append(']');
            if (row > 0) {
                b.append(" 第").append(row).append("行");
            }
            if (column != null) {
                b.append(' ').append(column).append("列");
                if (heading != null && !heading.isBlank()) {
                    b.append("(").append(heading).append(")");
                }
            }
            if (value != null) {
                b.append(" 值“").append(value).append("”");
            }
            return b.append(":").append(why).toString();
        }
    }

    /** One value that the import changes. */
    public record Change(String sheet, int row, String what, String oldValue, String newValue) {
        @Override
        public String toString() {
            return "[" + sheet + "] 第" + row + "行 " + what + ":" + (oldValue == null ? "(空)" : oldValue) + " → "
                    + (newValue == null ? "(空)" : newValue);
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
    }

    public static ImportPlan failed(Problem problem) {
        return new ImportPlan(List.of(problem), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** True when nothing is wrong: the plan may be applied. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** The report a clerk reads: problems first (or the preview of changes), then warnings and notes. */
    public String report() {
        StringBuilder b = new StringBuilder();
        if (!valid()) {
            b.append("导入未执行:发现 ").append(problems.size()).append(" 个问题,未写入任何数据 / import refused: ")
                    .append(problems.size()).append(" problem(s), nothing written\n");
            problems.forEach(p -> b.append("  ").append(p).append('\n'));
        } else if (changes.isEmpty()) {
            b.append("检查通过,没有需要修改的数据 / valid, nothing to change\n");
        } else {
            b.append("检查通过,将修改 ").append(changes.size()).append(" 个值 / valid, ").append(changes.size())
                    .append(" value(s) to change:\n");
            changes.forEach(c -> b.append("  ").append(c).append('\n'));
        }
        if (!warnings.isEmpty()) {
            b.append("提醒 / warnings:\n");
            warnings.forEach(w -> b.append("  ").append(w).append('\n'));
        }
        if (!notes.isEmpty()) {
            b.append("说明 / notes:\n");
            notes.forEach(n -> b.append("  ").append(n).append('\n'));
        }
        return b.toString();
    }
}
