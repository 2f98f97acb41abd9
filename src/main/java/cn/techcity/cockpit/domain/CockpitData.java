package cn.techcity.cockpit.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the views show, read from the store in one go: the structure, the reporting year's and last year's
 * figures, the targets, projects, milestones, tasks and task-force scores. Immutable; assessments are computed from it
 * for any month.
 */
public final class CockpitData {
    private final int year;
    private final long dataVersion;
    private final List<Section> sections;
    private final List<Indicator> indicators;
    private final Map<String, Indicator> indicatorsByCode = new HashMap<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final Map<MonthlyFigure.YearMonthKey, MonthlyFigure> figures = new HashMap<>();
    private final List<Milestone> milestones;
    private final List<Project> projects;
    private final List<BattleTask> tasks;
    private final List<TaskForce> taskForces;
    private final List<TaskForceScore> scores;
    private final List<TaskStatusChange> taskHistory;
    private final Map<String, Integer> rowVersions;
    private final boolean sample;
    private final Years years;

    /**
     * Where the year shown stands among the stored years.
     *
     * @param reporting the reporting year (the one clerks fill now)
     * @param stored    every year a clerk can look at, oldest first
     * @param closed    the year shown is finished and archived: read only
     */
    public record Years(int reporting, List<Integer> stored, boolean closed, List<StructureItem> structure,
                        List<Section> allSections, int lastClosed, List<Section> planBattles) {
        public Years {
            planBattles = List.copyOf(planBattles);
            stored = List.copyOf(stored);
            structure = List.copyOf(structure);
            allSections = List.copyOf(allSections);
        }

        public Years(int reporting, List<Integer> stored, boolean closed) {
            this(reporting, stored, closed, List.of(), List.of(), 0, List.of());
        }
    }

    public CockpitData(int year, long dataVersion, List<Section> sections, List<Indicator> indicators,
                       List<Target> targets, List<MonthlyFigure> figures, List<Milestone> milestones,
                       List<Project> projects, List<BattleTask> tasks, List<TaskForce> taskForces,
                       List<TaskForceScore> scores, List<TaskStatusChange> taskHistory, Map<String, Integer> rowVersions) {
        this(year, dataVersion, sections, indicators, targets, figures, milestones, projects, tasks, taskForces, scores,
                taskHistory, rowVersions, new Years(year, List.of(year), false));
    }

    public CockpitData(int year, long dataVersion, List<Section> sections, List<Indicator> indicators,
                       List<Target> targets, List<MonthlyFigure> figures, List<Milestone> milestones,
                       List<Project> projects, List<BattleTask> tasks, List<TaskForce> taskForces,
                       List<TaskForceScore> scores, List<TaskStatusChange> taskHistory, Map<String, Integer> rowVersions,
                       Years years) {
        this.years = years;
        this.rowVersions = Map.copyOf(rowVersions);
        this.year = year;
        this.dataVersion = dataVersion;
        this.sections = sections.stream().sorted(Comparator.comparingInt(Section::ord)).toList();
        this.indicators = indicators.stream().sorted(Comparator.comparing(Indicator::sectionCode)
                .thenComparingInt(Indicator::ord)).toList();
        this.indicators.forEach(i -> indicatorsByCode.put(i.code(), i));
        targets.forEach(t -> this.targets.put(t.indicatorCode() + "/" + t.year(), t));
        figures.forEach(f -> this.figures.put(f.key(), f));
        this.milestones = List.copyOf(milestones);
        this.projects = List.copyOf(projects);
        this.tasks = List.copyOf(tasks);
        this.taskForces = List.copyOf(taskForces);
        this.scores = List.copyOf(scores);
        this.taskHistory = List.copyOf(taskHistory);
        this.sample = figures.stream().anyMatch(MonthlyFigure::sample) || targets.stream().anyMatch(Target::sample)
                || scores.stream().anyMatch(TaskForceScore::sample) || projects.stream().anyMatch(Project::sample)
                || milestones.stream().anyMatch(Milestone::sample);
    }

    public int year() { return year; }

    public long dataVersion() { return dataVersion; }

    /** The reporting year, the stored years, and whether the year shown is finished (read only). */
    public Years years() { return years; }

    /** Every named item, in use and retired (the 结构 sheet, the 结构维护 screen). */
    public List<StructureItem> structure() { return years.structure(); }

    /** Every section, with the battles of other plan years and the retired ones. */
    public List<Section> allSections() { return years.allSections().isEmpty() ? sections : years.allSections(); }

    /**
     * The battles of the year after's plan while the year shown works on its own (their indicators are in
     * {@link #indicators()}, with the plan year's offset: their targets are entered now). Empty otherwise.
     */
    public List<Section> planBattles() { return years.planBattles(); }

    /** The year shown is finished and archived: nothing of it can be changed. */
    public boolean readOnlyYear() { return years.closed(); }

    /**
     * The year the battles shown are planned for: the reporting year once the year has turned to them, else the year
     * after (the document's battles are the next year's plan).
     */
    public int battlesYear() {
        return sections(SectionKind.BATTLE).stream().map(Section::planYear).filter(java.util.Objects::nonNull)
                .min(Integer::compare).orElse(year + 1);
    }

    /** The battles planned for {@code planYear}. */
    public List<Section> battles(int planYear) {
        return sections(SectionKind.BATTLE).stream()
                .filter(s -> (s.planYear() == null ? year + 1 : s.planYear()) == planYear).toList();
    }

    /** At most this many headline indicators (the overview's first row, the briefing's cover). */
    public static final int HEADLINES = 4;

    /**
     * The headline indicators (主要指标: the overview's first row, the briefing's cover, the summary's opening), in the
     * order of their sections; the document's when none is marked.
     */
    public List<String> headlineCodes() {
        java.util.Map<String, Integer> sectionOrder = new HashMap<>();
        sections.forEach(s -> sectionOrder.put(s.code(), s.ord()));
        List<String> marked = indicators.stream().filter(Indicator::headline)
                .sorted(Comparator.comparingInt((Indicator i) -> sectionOrder.getOrDefault(i.sectionCode(), Integer.MAX_VALUE))
                        .thenComparingInt(Indicator::ord))
                .map(Indicator::code).limit(HEADLINES).toList();
        return marked.isEmpty() ? cn.techcity.cockpit.domain.content.DocumentContent.headlineCodes() : marked;
    }

    /** The indicators with a figure or a target in the years read (their unit and kind are fixed). */
    public java.util.Set<String> indicatorsWithData() {
        java.util.Set<String> out = new java.util.HashSet<>();
        figures.keySet().forEach(k -> out.add(k.indicatorCode()));
        targets.values().forEach(t -> out.add(t.indicatorCode()));
        return out;
    }

    /** The names shown that still carry the document's mask (xx实验室, x山公园): 待完善名称. */
    public List<String> maskedNames() {
        List<String> out = new ArrayList<>();
        sections.stream().map(Section::title).filter(Names::masked).forEach(out::add);
        indicators.stream().map(Indicator::name).filter(Names::masked).forEach(out::add);
        projects.stream().map(Project::name).filter(Names::masked).forEach(out::add);
        milestones.stream().map(Milestone::title).filter(Names::masked).forEach(out::add);
        tasks.stream().map(BattleTask::title).filter(Names::masked).forEach(out::add);
        taskForces.stream().map(TaskForce::name).filter(Names::masked).forEach(out::add);
        return out;
    }

    /** True while any sample figure remains: every view shows the 示例数据 badge. */
    public boolean hasSample() { return sample; }

    public List<Section> sections() { return sections; }

    public List<Section> sections(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).toList();
    }

    public Optional<Section> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<Indicator> indicators() { return indicators; }

    public List<Indicator> indicators(String sectionCode) {
        return indicators.stream().filter(i -> i.sectionCode().equals(sectionCode)).toList();
    }

    public Optional<Indicator> indicator(String code) { return Optional.ofNullable(indicatorsByCode.get(code)); }

    public Optional<Target> target(String indicatorCode, int targetYear) {
        return Optional.ofNullable(targets.get(indicatorCode + "/" + targetYear));
    }

    public Optional<MonthlyFigure> figure(String indicatorCode, int figureYear, int month) {
        return Optional.ofNullable(figures.get(new MonthlyFigure.YearMonthKey(indicatorCode, figureYear, month)));
    }

    /** The figures of an indicator in a year, month 1..12, with nulls for months that have none. */
    public List<MonthlyFigure> series(String indicatorCode, int figureYear) {
        List<MonthlyFigure> out = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            out.add(figures.get(new MonthlyFigure.YearMonthKey(indicatorCode, figureYear, m)));
        }
        return out;
    }

    /** The newest month of the reporting year with any figure: the cut-off (数据截至). Empty when there is none. */
    public Optional<Integer> latestMonth() {
        return figures.keySet().stream().filter(k -> k.year() == year).map(MonthlyFigure.YearMonthKey::month)
                .max(Integer::compare);
    }

    /** When the newest figure of the reporting year was entered; empty when there is none. */
    public Optional<java.time.Instant> newestEntry() {
        return figures.values().stream().filter(f -> f.year() == year).map(MonthlyFigure::enteredAt).max(java.time.Instant::compareTo);
    }

    public List<Milestone> milestones(String sectionCode) {
        return milestones.stream().filter(m -> m.sectionCode().equals(sectionCode))
                .sorted(Comparator.comparingInt(Milestone::ord)).toList();
    }

    public List<Project> projects(String sectionCode) {
        return projects.stream().filter(p -> p.sectionCode().equals(sectionCode))
                .sorted(Comparator.comparingInt(Project::ord)).toList();
    }

    public List<Project> projects() { return projects; }

    public List<BattleTask> tasks() { return tasks; }

    public List<BattleTask> tasks(String battleCode) {
        return tasks.stream().filter(t -> t.battleCode().equals(battleCode))
                .sorted(Comparator.comparingInt(BattleTask::ord)).toList();
    }

    public List<TaskForce> taskForces() { return taskForces; }

    /** The stored version of a figure's row, or -1 when there is no row: an editor saves against it. */
    public int figureVersion(String indicatorCode, int figureYear, int month) {
        return rowVersions.getOrDefault("F:" + indicatorCode + "/" + figureYear + "/" + month, -1);
    }

    /** The stored version of a battle task's row, or -1 when there is none. */
    public int taskVersion(String taskCode) {
        return rowVersions.getOrDefault("K:" + taskCode, -1);
    }

    /** The stored version of a project's row, or -1 when there is none. */
    public int projectVersion(String projectCode) {
        return rowVersions.getOrDefault("P:" + projectCode, -1);
    }

    /** The stored version of a task force's score of a period, or -1 when there is none. */
    public int scoreVersion(String taskForceCode, int scoreYear, int period) {
        return rowVersions.getOrDefault("S:" + taskForceCode + "/" + scoreYear + "/" + period, -1);
    }

    /** The stored version of a target's row, or -1 when there is none. */
    public int targetVersion(String indicatorCode, int targetYear) {
        return rowVersions.getOrDefault("T:" + indicatorCode + "/" + targetYear, -1);
    }

    /** Status changes of the battle tasks, oldest first. */
    public List<TaskStatusChange> taskHistory() { return taskHistory; }

    /** The status changes of the tasks of one battle, newest first. */
    public List<TaskStatusChange> taskHistory(String battleCode) {
        var codes = tasks(battleCode).stream().map(BattleTask::code).collect(java.util.stream.Collectors.toSet());
        List<TaskStatusChange> out = new ArrayList<>(taskHistory.stream().filter(h -> codes.contains(h.taskCode())).toList());
        java.util.Collections.reverse(out);
        return out;
    }

    public List<TaskForceScore> scores() { return scores; }

    /** The assessment of an indicator at the end of {@code month} of the reporting year (or its plan year). */
    public Assessment assess(Indicator indicator, int month) {
        int y = year + indicator.planYearOffset();
        MonthlyFigure figure = figures.get(new MonthlyFigure.YearMonthKey(indicator.code(), y, month));
        MonthlyFigure last = figures.get(new MonthlyFigure.YearMonthKey(indicator.code(), y - 1, month));
        return StatusRule.assess(indicator, y, month, figure, targets.get(indicator.code() + "/" + y), last);
    }

    public List<Assessment> assess(String sectionCode, int month) {
        return indicators(sectionCode).stream().map(i -> assess(i, month)).toList();
    }
}
