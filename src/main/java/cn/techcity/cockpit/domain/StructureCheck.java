package cn.techcity.cockpit.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a change to the committee's structure (issue 15), the same for the 结构维护 screen, the 结构 sheet of
 * an import and the store (which checks again inside its transaction): every problem names the row, and one problem
 * refuses the whole change. Also gives new items their codes and their first year, and a retired item its year.
 */
public final class StructureCheck {
    public static final int NAME_MAX = 200;

    /** A desired item and where it came from (“结构 第5行”, “row 5”), for the messages. */
    public record Row(String label, StructureItem item) {
    }

    public record Problem(String label, Text why) {
        public Text text() {
            return Text.of("struct.row", label, why);
        }
    }

    /** The items that change (new ones with their codes), and the problems; a change with problems is not made. */
    public record Result(List<StructureItem> changes, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private StructureCheck() {
    }

    /**
     * @param current    every stored item, in use and retired
     * @param sections   every section (areas, headline, battles with their plan years)
     * @param withData   the codes of indicators that have a figure or a target
     * @param year       the reporting year: new items start in it, retired ones leave from it
     */
    public static Result check(List<StructureItem> current, List<Section> sections, Set<String> withData, int year,
                               List<Row> rows) {
        Map<String, StructureItem> byCode = new HashMap<>();
        current.forEach(i -> byCode.put(i.code(), i));
        Map<String, Section> sectionByCode = new HashMap<>();
        sections.forEach(s -> sectionByCode.put(s.code(), s));
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seenCodes = new HashMap<>();
        List<StructureItem> changes = new ArrayList<>();
        Map<String, StructureItem> after = new HashMap<>(byCode);     // code → item after the change (new: by a key)
        Map<String, String> labels = new HashMap<>();
        Map<String, Integer> nextNumber = new HashMap<>();
        for (Row row : rows) {
            StructureItem it = row.item();
            String label = row.label();
            int before = problems.size();
            String name = it.name() == null ? "" : it.name().strip();
            if (name.isEmpty()) {
                problems.add(new Problem(label, Text.of("struct.empty-name")));
            } else if (name.length() > NAME_MAX) {
                problems.add(new Problem(label, Text.of("struct.name-too-long", Integer.toString(NAME_MAX), Integer.toString(name.length()))));
            } else if (name.chars().anyMatch(Character::isISOControl)) {
                problems.add(new Problem(label, Text.of("struct.control-chars")));
            } else if (TextRules.problem(name, NAME_MAX) != null) {
                problems.add(new Problem(label, TextRules.problem(name, NAME_MAX)));
            }
            StructureItem old = null;
            if (!it.isNew()) {
                String code = it.code().strip();
                String first = seenCodes.putIfAbsent(code, label);
                if (first != null) {
                    problems.add(new Problem(label, Text.of("struct.duplicate-code", code, first)));
                    continue;
                }
                old = byCode.get(code);
                if (old == null) {
                    problems.add(new Problem(label, Text.of("struct.unknown-code", code)));
                    continue;
                }
                if (old.kind() != it.kind()) {
                    problems.add(new Problem(label, Text.of("struct.kind-changed", code, old.kind().chinese(), it.kind().chinese())));
                    continue;
                }
            }
            if (it.kind() == StructureKind.BATTLE) {
                Integer plan = planYear(it.parent());
                if (plan == null) {
                    problems.add(new Problem(label, Text.of("struct.battle-year", it.parent() == null ? "" : it.parent().strip())));
                } else if (old == null && plan <= year) {
                    problems.add(new Problem(label, Text.of("struct.battle-past", Integer.toString(plan), Integer.toString(year + 1))));
                }
                if (problems.size() > before) {
                    continue;
                }
                place(it.withName(name).withParent(Integer.toString(plan)), old, label, year, current, nextNumber, after, labels,
                        changes);
                continue;
            }
            Section parent = it.parent() == null ? null : sectionByCode.get(it.parent().strip());
            if (parent == null) {
                problems.add(new Problem(label, Text.of("struct.unknown-parent", it.parent() == null ? "" : it.parent().strip())));
            } else {
                boolean battle = parent.kind() == SectionKind.BATTLE;
                if (it.kind() == StructureKind.TASK && !battle) {
                    problems.add(new Problem(label, Text.of("struct.task-needs-battle", parent.code())));
                } else if ((it.kind() == StructureKind.PROJECT || it.kind() == StructureKind.MILESTONE
                        || it.kind() == StructureKind.TASK_FORCE) && parent.kind() != SectionKind.AREA) {
                    problems.add(new Problem(label, Text.of("struct.needs-area", it.kind().chinese(), parent.code())));
                }
                boolean parentChanged = old == null || !Objects.equals(old.parent(), parent.code());
                if (parent.retiredFrom() != null && parent.retiredFrom() <= year && parentChanged && !it.retired()) {
                    problems.add(new Problem(label, Text.of("struct.parent-retired", parent.code(), parent.title())));
                }
            }
            if (it.kind() == StructureKind.INDICATOR) {
                if (it.unit() == null || it.unit().isBlank()) {
                    problems.add(new Problem(label, Text.of("struct.no-unit")));
                } else if (it.unit().strip().length() > 16) {
                    problems.add(new Problem(label, Text.of("struct.unit-too-long", it.unit().strip())));
                }
                if (it.decimals() == null || it.decimals() < 0 || it.decimals() > 4) {
                    problems.add(new Problem(label, Text.of("struct.decimals", it.decimals() == null ? "" : it.decimals().toString())));
                }
                if (it.direction() == null) {
                    problems.add(new Problem(label, Text.of("struct.no-direction")));
                }
                if (it.indicatorKind() == null) {
                    problems.add(new Problem(label, Text.of("struct.no-indicator-kind")));
                }
                if (old != null && withData.contains(old.code())) {
                    if (it.unit() != null && !it.unit().strip().equals(old.unit())) {
                        problems.add(new Problem(label, Text.of("struct.unit-has-data", old.code(), old.unit(), it.unit().strip())));
                    }
                    if (it.decimals() != null && old.decimals() != null && it.decimals() < old.decimals()) {
                        problems.add(new Problem(label, Text.of("struct.decimals-has-data", old.code(), old.decimals().toString(),
                                it.decimals().toString())));
                    }
                    if (it.indicatorKind() != null && it.indicatorKind() != old.indicatorKind()) {
                        problems.add(new Problem(label, Text.of("struct.kind-has-data", old.code())));
                    }
                }
            }
            if (it.kind() == StructureKind.TASK && parent != null && parent.planYear() != null) {
                int plan = parent.planYear();
                if (it.due() == null) {
                    problems.add(new Problem(label, Text.of("struct.no-due")));
                } else if (it.due().getYear() != plan) {
                    problems.add(new Problem(label, Text.of("struct.due-outside", it.due().toString(), Integer.toString(plan))));
                }
                if (it.start() != null && it.due() != null && it.start().isAfter(it.due())) {
                    problems.add(new Problem(label, Text.of("struct.start-after-due", it.start().toString(), it.due().toString())));
                }
            }
            if (it.kind() == StructureKind.TASK && it.link() != null) {
                StructureItem moved = byCode.get(it.link());
                if (moved == null || moved.kind() != StructureKind.INDICATOR) {
                    problems.add(new Problem(label, Text.of("struct.unknown-indicator", it.link())));
                } else if (moved.retired() && (old == null || !it.link().equals(old.link()))) {
                    problems.add(new Problem(label, Text.of("struct.indicator-retired", it.link(), moved.name())));
                }
            }
            if (it.kind() == StructureKind.INDICATOR && it.phases() != null) {
                Text why = PhaseText.parse(it.phases(), it.decimals() == null ? 4 : it.decimals()).problem();
                if (why != null) {
                    problems.add(new Problem(label, why));
                }
            }
            if (it.kind() != StructureKind.INDICATOR && it.phases() != null) {
                problems.add(new Problem(label, Text.of("struct.phases-only-indicators")));
            }
            if (it.kind() != StructureKind.TASK && it.link() != null) {
                problems.add(new Problem(label, Text.of("struct.link-only-tasks")));
            }
            if (it.kind() == StructureKind.MILESTONE && it.month() != null && (it.month() < 1 || it.month() > 12)) {
                problems.add(new Problem(label, Text.of("struct.month", it.month().toString())));
            }
            if (problems.size() > before) {
                continue;
            }
            // the item as it will be stored
            StructureItem want = it.withName(name).withParent(parent.code());
            if (want.kind() == StructureKind.INDICATOR) {
                want = want.withIndicator(want.unit().strip(), want.decimals(), want.direction(), want.indicatorKind());
            }
            place(want, old, label, year, current, nextNumber, after, labels, changes);
        }
        // at most four headline indicators in use (the overview's first row)
        long headlines = after.values().stream().filter(i -> i.kind() == StructureKind.INDICATOR && i.headline() && !i.retired()).count();
        if (headlines > CockpitData.HEADLINES) {
            String first = changes.stream().filter(StructureItem::headline).map(StructureItem::code).map(labels::get).findFirst()
                    .orElse(rows.isEmpty() ? "" : rows.get(0).label());
            problems.add(new Problem(first, Text.of("struct.too-many-headlines", Integer.toString(CockpitData.HEADLINES),
                    Long.toString(headlines))));
        }
        // names are unique among the items in use of one kind in one section
        Map<String, String> names = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (StructureItem i : sorted(after.values())) {
            if (i.retired()) {
                continue;
            }
            String key = i.kind() + "/" + i.parent() + "/" + i.name().strip();
            String other = names.putIfAbsent(key, i.code());
            if (other != null && (labels.containsKey(i.code()) || labels.containsKey(other)) && reported.add(key)) {
                // the row that made the clash is named; the other is named by its row when it is one, else by its code
                String mine = labels.containsKey(i.code()) ? i.code() : other;
                String theirs = mine.equals(i.code()) ? other : i.code();
                problems.add(new Problem(labels.get(mine), Text.of("struct.duplicate-name", i.name().strip(), i.parent(),
                        labels.getOrDefault(theirs, theirs))));
            }
        }
        return new Result(problems.isEmpty() ? List.copyOf(changes) : List.of(), List.copyOf(problems));
    }

    /**
     * Puts a checked item where it will be stored: a new one gets its code, its place after its parent's items, and the
     * reporting year as its first (and, retired at once, last) year; a changed one keeps its code, first year and order
     * unless given; an unchanged one is left out of the change.
     */
    private static void place(StructureItem want, StructureItem old, String label, int year, List<StructureItem> current,
                              Map<String, Integer> nextNumber, Map<String, StructureItem> after, Map<String, String> labels,
                              List<StructureItem> changes) {
        if (old == null) {
            String code = newCode(want.kind(), want.parent(), current, nextNumber);
            int ord = want.ord() > 0 ? want.ord() : nextOrd(after.values(), want.kind(), want.parent());
            want = want.withCode(code).withOrd(ord).withYears(year, want.retired() ? year : null);
            after.put(code, want);
            labels.put(code, label);
            changes.add(want);
            return;
        }
        Integer retired = !want.retired() ? null : old.retired() ? old.retiredFrom() : Integer.valueOf(year);
        want = want.withCode(old.code()).withYears(old.fromYear(), retired);
        if (want.ord() <= 0) {
            want = want.withOrd(old.ord());
        }
        if (!want.equals(old)) {
            after.put(old.code(), want);
            labels.put(old.code(), label);
            changes.add(want);
        }
    }

    /** A plan year as the 所属 of a battle says it: 2028, 2028年. */
    private static Integer planYear(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace("年", "");
        if (!t.matches("\\d{4}")) {
            return null;
        }
        int y = Integer.parseInt(t);
        return y >= 2000 && y <= 2100 ? y : null;
    }

    private static List<StructureItem> sorted(Collection<StructureItem> items) {
        return items.stream().sorted(java.util.Comparator.comparing(StructureItem::code)).toList();
    }

    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)$");

    /** H0-05, A2-P11, B1-T07, A1-M06, TF-11: one more than the highest of its kind and parent. */
    static String newCode(StructureKind kind, String parent, List<StructureItem> current, Map<String, Integer> next) {
        String prefix = switch (kind) {
            case INDICATOR -> parent + "-";
            case PROJECT -> parent + "-P";
            case TASK -> parent + "-T";
            case MILESTONE -> parent + "-M";
            case TASK_FORCE -> "TF-";
            case BATTLE -> "B";
        };
        int n = next.computeIfAbsent(prefix, p -> {
            int max = 0;
            for (StructureItem i : current) {
                if (i.code() != null && i.code().startsWith(p)) {
                    Matcher m = NUMBERED.matcher(i.code().substring(p.length()));
                    if (m.matches() && m.group(1).isEmpty()) {
                        max = Math.max(max, Integer.parseInt(m.group(2)));
                    }
                }
            }
            return max;
        }) + 1;
        next.put(prefix, n);
        return kind == StructureKind.BATTLE ? prefix + n : prefix + String.format("%02d", n);
    }

    private static int nextOrd(Collection<StructureItem> items, StructureKind kind, String parent) {
        return items.stream().filter(i -> i.kind() == kind && parent.equals(i.parent())).mapToInt(StructureItem::ord)
                .max().orElse(0) + 1;
    }
}
