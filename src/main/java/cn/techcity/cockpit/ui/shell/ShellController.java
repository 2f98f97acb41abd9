package cn.techcity.cockpit.ui.shell;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.common.Views;
import cn.techcity.cockpit.session.Session;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The frame around the views: header (title, 示例数据 badge, cut-off stamp, month picker, language), side bar and the
 * content stack. Views are built once and switched by visibility; a view that was hidden when data changed is updated
 * when it is shown.
 */
public final class ShellController {
    private final I18n i18n;
    private final Theme theme;
    private final Runnable toggleLanguage;
    private Runnable openWall;
    private final Views factory;
    private final Pictures pictures;
    /** The session the data comes from (null: a picture of fixed data, a snapshot). */
    private final Session session;
    private FileActions fileActions;
    /** “11月已填报 52/61 项” (a window with a session only: pictures and the wall leave it out). */
    private CompletenessBadge completeness;
    private final Map<ViewId, CockpitView> views = new EnumMap<>(ViewId.class);
    private final Map<ViewId, ToggleButton> navButtons = new EnumMap<>(ViewId.class);
    private final Map<ViewId, Long> shownVersion = new EnumMap<>(ViewId.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    private CockpitData data;
    private int month;
    private ViewId current;
    private long stateVersion;

    @FXML private BorderPane root;
    @FXML private HBox header;
    @FXML private Label sampleBadge;
    @FXML private Label archivedBadge;
    @FXML private Button maskedNames;
    @FXML private Button turnYearButton;
    @FXML private Label cutoffStamp;
    @FXML private HBox controls;
    @FXML private Label clock;
    @FXML private Label banner;
    /** The status line (ControlsFX): a row of its own under the views, so a message never covers them. */
    @FXML private org.controlsfx.control.StatusBar statusBar;
    /** How long a status message stays (then the line is empty again). */
    static javafx.util.Duration statusShown = javafx.util.Duration.seconds(10);
    private final javafx.animation.PauseTransition statusClear = new javafx.animation.PauseTransition();
    /** The month: a menu of 1月 … the newest month (a ComboBox's list skin cost 0.3 s of the first frame; see docs/performance.md). */
    private final Clock dayClock;   // "today" for overdue and upcoming tasks
    /** The day the views counted overdue and upcoming tasks from. */
    private java.time.LocalDate shownDate;
    @FXML private MenuButton monthPicker;
    private final ToggleGroup monthGroup = new ToggleGroup();
    @FXML private Button languageButton;
    @FXML private VBox sidebar;
    @FXML private StackPane content;

    /**
     * @param session where the data comes from and saves go (the views follow its data and its day); null for a picture
     *                of {@code data} alone
     */
    public ShellController(I18n i18n, Theme theme, CockpitData data, int month, Runnable toggleLanguage, Clock clock,
                           Session session, java.util.function.Function<java.util.function.Consumer<ViewId>, Views> views,
                           Pictures pictures) {
        this.openWall = () -> { };
        this.i18n = i18n;
        this.theme = theme;
        this.data = data;
        this.month = month;
        this.toggleLanguage = toggleLanguage;
        this.factory = views.apply(this::show);
        this.pictures = pictures;
        this.session = session;
        this.dayClock = clock;
        this.shownDate = java.time.LocalDate.now(clock);
    }

    /** The year picked in the month picker when it is not the reporting year; 0 while the reporting year is shown. */
    private int shownYear;

    private final javafx.beans.value.ChangeListener<CockpitData> onData = (o, was, d) -> {
        if (d == null || d == data) {
            return;
        }
        if (shownYear != 0 && shownYear != d.year()) {
            // a past year is shown: it is read again (a rename reaches it), the current year waits
            showYear(shownYear, month);
        } else {
            shownYear = 0;
            setData(d);
        }
    };

    private final javafx.beans.value.ChangeListener<java.time.LocalDate> onDay = (o, was, day) -> checkDayTurn();

    @FXML
    private void initialize() {
        for (ViewId id : ViewId.values()) {
            ToggleButton b = new ToggleButton(i18n.t("view." + id.id()));
            b.getStyleClass().add("nav-button");
            if (id.isBattle()) {
                b.getStyleClass().add("nav-sub");
            }
            b.setToggleGroup(navGroup);
            b.setUserData(id);
            b.setOnAction(e -> show(id));
            b.setFocusTraversable(false);
            navButtons.put(id, b);
            sidebar.getChildren().add(b);
        }
        // 大屏模式 at the foot of the side bar, saying how to leave (a one-screen PC's wall covers the only screen); the
        // header keeps its room for the month, the year's turn and the badges
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button wall = new Button(i18n.t("shell.wall"));
        wall.getStyleClass().addAll("nav-button", "wall-nav");
        wall.setId("wall-button");
        wall.setWrapText(true);
        wall.setFocusTraversable(false);
        wall.setOnAction(e -> openWall());
        sidebar.getChildren().addAll(spacer, wall);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
            }
        });
        if (session != null) {
            // the one current data is the session's: a save anywhere (this window, the import, another seat) and the
            // turn of the day reach every view from there
            session.data().addListener(onData);
            session.today().addListener(onDay);
            fileActions = new FileActions(i18n, session, pictures, () -> month, () -> current == null ? ViewId.OVERVIEW : current,
                    this::setStatus, () -> root.getScene() == null ? null : root.getScene().getWindow());
            controls.getChildren().add(controls.getChildren().indexOf(languageButton), fileActions.menu());
            completeness = new CompletenessBadge(i18n, this::showMissingInEditor);
            header.getChildren().add(header.getChildren().indexOf(maskedNames) + 1, completeness.node());
        }
        root.getStylesheets().add(Theme.resource("/cn/techcity/cockpit/ui/shell/shell.css"));
        structureKey = structureKey(data);
        refreshBattleNames();
        refreshHeader();
    }

    public BorderPane root() { return root; }

    /** Presentation: no side bar and no controls (snapshots, the wall). */
    public void setPresentation(boolean presentation) {
        sidebar.setVisible(!presentation);
        sidebar.setManaged(!presentation);
        statusBar.setVisible(!presentation);
        statusBar.setManaged(!presentation);
        controls.setVisible(!presentation);
        controls.setManaged(!presentation);
        if (completeness != null) {
            completeness.setEnabled(!presentation);
        }
        if (presentation) {
            root.getStyleClass().add("presentation");
        } else {
            root.getStyleClass().remove("presentation");
        }
    }

    public Optional<ViewId> current() { return Optional.ofNullable(current); }

    public int month() { return month; }

    public CockpitData data() { return data; }

    /** The built view of {@code id}, building it if needed. */
    public CockpitView view(ViewId id) {
        return views.computeIfAbsent(id, v -> {
            CockpitView view = factory.create(v, data);
            view.root().setVisible(false);
            content.getChildren().add(view.root());
            return view;
        });
    }

    /** Shows a view: builds it on first use, pushes the current data if it missed an update, hides the others. */
    public void show(ViewId id) {
        CockpitView view = view(id);
        if (!Long.valueOf(stateVersion).equals(shownVersion.get(id))) {
            view.update(data, month);
            shownVersion.put(id, stateVersion);
        }
        if (current != null && current != id) {
            views.get(current).root().setVisible(false);
        }
        view.root().setVisible(true);
        current = id;
        navButtons.get(id).setSelected(true);
        view.shown();
    }

    /** Builds the views not built yet, one per pulse, so that the first frame is not kept waiting. */
    public void prebuildOthers() {
        for (ViewId id : ViewId.values()) {
            if (!views.containsKey(id)) {
                Platform.runLater(() -> {
                    CockpitView v = view(id);
                    v.update(data, month);
                    shownVersion.put(id, stateVersion);
                });
            }
        }
    }

    public void setData(CockpitData newData) {
        String key = structureKey(newData);
        boolean rebuild = structureKey != null && !key.equals(structureKey);
        structureKey = key;
        this.data = newData;
        if (rebuild) {
            rebuildViews();
        }
        refreshBattleNames();
        int latest = newData.latestMonth().orElse(1);
        if (month > latest) {
            month = latest;
        }
        changed();
    }

    /**
     * When the day has turned since the views last counted, they get the same data again: overdue tasks and those
     * falling due are counted from today, and a wall or a window left open runs for days without a save.
     */
    public void checkDayTurn() {
        java.time.LocalDate now = java.time.LocalDate.now(dayClock);
        if (!now.equals(shownDate)) {
            shownDate = now;
            setData(data);
        }
    }

    public void setMonth(int m) {
        this.month = m;
        changed();
    }

    /**
     * The side bar's battle entries: the document's battles by their words (平台聚变 …), a year's other battles by the
     * name inside their quotes (打好“数字赋能”攻坚战 → 数字赋能).
     */
    private void refreshBattleNames() {
        for (ViewId id : ViewId.values()) {
            if (!id.isBattle() || navButtons.get(id) == null) {
                continue;
            }
            String code = id.battleCode(data);
            String text = code.equals(id.sectionCode()) ? i18n.t("view." + id.id())
                    : data.section(code).map(s -> shortName(s.title())).orElse(i18n.t("view." + id.id()));
            if (!text.equals(navButtons.get(id).getText())) {
                navButtons.get(id).setText(text);
            }
        }
    }

    static String shortName(String title) {
        int open = title.indexOf('“');
        int close = title.indexOf('”', open + 1);
        return open >= 0 && close > open + 1 ? title.substring(open + 1, close) : title;
    }

    /** What the views were built from: the shown sections, indicators and named items (a rename, a new item, a turn). */
    private String structureKey;

    static String structureKey(CockpitData d) {
        StringBuilder b = new StringBuilder();
        d.sections().forEach(s -> b.append(s.code()).append('|').append(s.title()).append('|').append(s.subtitle()).append('\n'));
        d.indicators().forEach(i -> b.append(i.code()).append('|').append(i.name()).append('|').append(i.unit()).append('|')
                .append(i.decimals()).append('|').append(i.kind()).append('|').append(i.direction()).append('|')
                .append(i.planYearOffset()).append('\n'));
        d.projects().forEach(p -> b.append(p.code()).append('|').append(p.name()).append('\n'));
        d.tasks().forEach(t -> b.append(t.code()).append('|').append(t.title()).append('|').append(t.due()).append('\n'));
        d.taskForces().forEach(t -> b.append(t.code()).append('|').append(t.name()).append('\n'));
        d.sections().forEach(s -> d.milestones(s.code()).forEach(m -> b.append(m.code()).append('|').append(m.title()).append('\n')));
        return b.toString();
    }

    /**
     * The structure the views were built from changed (a rename, an item added or retired, the turn of the year, another
     * year picked): they are built again from the new data, except a view holding unsaved edits.
     */
    private void rebuildViews() {
        for (var e : new java.util.ArrayList<>(views.entrySet())) {
            CockpitView v = e.getValue();
            if (v.hasUnsavedChanges()) {
                continue;
            }
            v.dispose();
            content.getChildren().remove(v.root());
            views.remove(e.getKey());
            shownVersion.remove(e.getKey());
        }
        if (current != null && !views.containsKey(current)) {
            ViewId shown = current;
            current = null;
            show(shown);
        }
    }

    private void changed() {
        stateVersion++;
        refreshHeader();
        if (current != null) {
            views.get(current).update(data, month);
            shownVersion.put(current, stateVersion);
        }
    }

    public void next(int step) {
        ViewId[] all = ViewId.values();
        int i = current == null ? 0 : current.ordinal();
        show(all[Math.floorMod(i + step, all.length)]);
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (e.getCode().isKeypadKey()) {
                n = e.getCode().getCode() - KeyCode.NUMPAD1.getCode();
            }
            var shortcuts = ViewId.shortcuts();
            if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
                show(ViewId.EDITOR);
                e.consume();
            } else if (n >= 0 && n < shortcuts.size()) {
                show(shortcuts.get(n));
                e.consume();
            }
        } else if ((e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP) && !inTable(e)) {
            // in a table (the data grid) PgUp/PgDn page the table, as in Excel; elsewhere they step through the views
            next(e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
            e.consume();
        }
    }

    private static boolean inTable(KeyEvent e) {
        Object focus = e.getTarget();
        for (javafx.scene.Node n = focus instanceof javafx.scene.Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableView<?>) {
                return true;
            }
        }
        return false;
    }

    private void refreshHeader() {
        boolean sample = data.hasSample();
        sampleBadge.setVisible(sample);
        sampleBadge.setManaged(sample);
        boolean archived = data.readOnlyYear();
        show(archivedBadge, archived, i18n.t("shell.archived", Integer.toString(data.year())));
        int masked = (int) data.maskedNames().stream().count();
        show(maskedNames, session != null && masked > 0, i18n.t("shell.masked-names", masked));
        if (completeness != null) {
            completeness.update(data, session.today().get());
        }
        int reporting = data.years().reporting();
        boolean turn = session != null && java.time.LocalDate.now(dayClock).getYear() > reporting && data.year() == reporting;
        show(turnYearButton, turn, i18n.t("shell.turn-year", Integer.toString(reporting + 1)));
        int latest = data.latestMonth().orElse(0);
        if (latest == 0) {
            cutoffStamp.setText(i18n.t("shell.no-data"));
        } else if (month < latest) {
            cutoffStamp.setText(i18n.t("shell.as-of", Integer.toString(data.year()), month, latest));
        } else {
            cutoffStamp.setText(i18n.t("shell.cutoff", Integer.toString(data.year()), month));
        }
        var items = monthPicker.getItems();
        int months = Math.max(1, latest);
        boolean years = items.removeIf(i -> !(i instanceof RadioMenuItem));
        // rebuilt when a month arrives or the year turns (the items' words carry the year)
        if (items.size() != months || !((RadioMenuItem) items.get(months - 1)).getText().equals(monthText(months))) {
            for (var old : items) {
                ((RadioMenuItem) old).setToggleGroup(null);
            }
            items.clear();
            for (int m = 1; m <= months; m++) {
                int pick = m;
                RadioMenuItem item = new RadioMenuItem(monthText(m));
                item.setUserData(m);
                item.setToggleGroup(monthGroup);
                item.setOnAction(e -> {
                    if (pick != month) {
                        setMonth(pick);
                    }
                });
                items.add(item);
            }
        }
        // only what changed: the wall refreshes the header on every poll for weeks (equal words are still a new value
        // to a StringProperty, and a new value means a new layout of the header)
        for (var item : items) {
            RadioMenuItem radio = (RadioMenuItem) item;
            boolean selected = Integer.valueOf(month).equals(item.getUserData());
            if (radio.isSelected() != selected) {
                radio.setSelected(selected);
            }
        }
        String text = monthText(month);
        if (!text.equals(monthPicker.getText())) {
            monthPicker.setText(text);
        }
        if (years) {
            yearsKey = null;    // they were taken off above: put back
        }
        refreshYears();
    }

    /** What the years' submenus were built for: rebuilt only when it changes (the wall refreshes the header for weeks). */
    private String yearsKey;

    private static void show(javafx.scene.control.Labeled node, boolean visible, String text) {
        if (node.isVisible() != visible) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
        if (visible && !text.equals(node.getText())) {
            node.setText(text);
        }
    }

    /** The other stored years, each a submenu of its months: picking one shows that year (read only when archived). */
    private void refreshYears() {
        String key = data.year() + "/" + data.years().reporting() + "/" + data.years().stored() + "/" + i18n.locale();
        if (key.equals(yearsKey)) {
            return;
        }
        yearsKey = key;
        var items = monthPicker.getItems();
        items.removeIf(i -> !(i instanceof RadioMenuItem));
        if (session == null || data.years().stored().size() < 2) {
            return;
        }
        items.add(new javafx.scene.control.SeparatorMenuItem());
        for (int y : data.years().stored()) {
            if (y == data.year()) {
                continue;
            }
            String label = y == data.years().reporting() ? i18n.t("shell.year-current", Integer.toString(y))
                    : i18n.t("shell.year-item", Integer.toString(y));
            javafx.scene.control.Menu year = new javafx.scene.control.Menu(label);
            for (int m = 1; m <= 12; m++) {
                int pickYear = y;
                int pickMonth = m;
                MenuItem item = new MenuItem(i18n.t("shell.month-item", Integer.toString(y), m));
                item.setOnAction(e -> showYear(pickYear, pickMonth));
                year.getItems().add(item);
            }
            items.add(year);
        }
    }

    /** Shows {@code year} as of {@code m}: its data is read through the session (the reporting year: the current data). */
    public void showYear(int year, int m) {
        if (session == null) {
            return;
        }
        session.load(year == data.years().reporting() ? 0 : year).onSuccess(d -> {
            shownYear = d.year() == d.years().reporting() ? 0 : d.year();
            month = m;
            setData(d);
        }).start();
    }

    @FXML
    private void showMaskedNames() {
        show(ViewId.STRUCTURE);
        if (views.get(ViewId.STRUCTURE) instanceof cn.techcity.cockpit.ui.structure.StructureController c) {
            c.showMasked();
        }
    }

    /** The header's list of missing figures → 数据录入 showing only them, on {@code code}'s cell (null: the first). */
    private void showMissingInEditor(String code) {
        show(ViewId.EDITOR);
        if (views.get(ViewId.EDITOR) instanceof cn.techcity.cockpit.ui.editor.EditorController c) {
            c.showMissingOnly(code);
        }
    }

    /** The header's count of the month being filled (for tests); null when the window shows none. */
    CompletenessBadge completenessBadge() {
        return completeness;
    }

    /** 转入新年度: asked first (Cancel is the default: it cannot be undone), then one safe write through the session. */
    @FXML
    private void turnYear() {
        int from = data.years().reporting();
        int to = from + 1;
        javafx.stage.Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (!cn.techcity.cockpit.ui.common.Dialogs.confirm(owner, i18n, i18n.t("shell.turn-header", Integer.toString(to)),
                i18n.t("shell.turn-text", Integer.toString(from), Integer.toString(to)),
                "shell.turn-ok", true)) {
            return;
        }
        session.startYear(System.getProperty("user.name", "clerk"), to).onSuccess(d -> {
            shownYear = 0;
            setData(d);
            setStatus(i18n.t("shell.turned", Integer.toString(d.year()), Integer.toString(from)));
        }).start();
    }

    private String monthText(int m) {
        return i18n.t("shell.month-item", Integer.toString(data.year()), m);
    }

    @FXML
    private void toggleLanguage() {
        toggleLanguage.run();
    }

    @FXML
    private void openWall() {
        openWall.run();
    }

    /** What the 大屏模式 button does (the window opens a wall on another screen). */
    public void setOnOpenWall(Runnable action) {
        this.openWall = action;
    }

    /** The wall's clock in the header; null hides it. */
    public void setClock(String text) {
        boolean show = text != null;
        clock.setVisible(show);
        clock.setManaged(show);
        if (show) {
            clock.setText(text);
        }
    }

    /** The file menu's work (export, import, briefing …), or null when the shell is read-only. */
    FileActions fileActions() {
        return fileActions;
    }

    /**
     * A quiet message in the status line (saved to …), gone after a while; null empties the line. The line keeps its
     * height either way: the views above it do not move and nothing covers them.
     */
    public void setStatus(String text) {
        statusClear.stop();
        statusBar.setText(text == null ? "" : text);
        if (text != null) {
            statusClear.setDuration(statusShown);
            statusClear.setOnFinished(e -> statusBar.setText(""));
            statusClear.playFromStart();
        }
    }

    /** The status line's text now ("" when empty). */
    public String statusText() {
        return statusBar.getText();
    }

    /** A banner across the bottom ("data not updated since …"); null hides it. */
    /** A control of the window's own in the header, before the language button (the shared mode's account menu). */
    public void addHeaderControl(javafx.scene.Node node) {
        controls.getChildren().remove(node);
        controls.getChildren().add(controls.getChildren().indexOf(languageButton), node);
    }

    public void setBanner(String text) {
        boolean show = text != null;
        banner.setVisible(show);
        banner.setManaged(show);
        banner.setText(show ? text : "");
    }

    public String bannerText() {
        return banner.isVisible() ? banner.getText() : null;
    }

    /** True when a view (the editor) holds unsaved edits. */
    public boolean hasUnsavedChanges() {
        return views.values().stream().anyMatch(CockpitView::hasUnsavedChanges);
    }

    /** The first view holding unsaved edits (the current one first), if any. */
    public Optional<ViewId> unsavedView() {
        if (current != null && views.get(current) != null && views.get(current).hasUnsavedChanges()) {
            return Optional.of(current);
        }
        for (ViewId id : ViewId.values()) {
            CockpitView v = views.get(id);
            if (v != null && v.hasUnsavedChanges()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Stops everything the views run, and stops following the session. */
    public void dispose() {
        statusClear.stop();
        if (completeness != null) {
            completeness.hide();
        }
        if (session != null) {
            session.data().removeListener(onData);
            session.today().removeListener(onDay);
        }
        views.values().forEach(CockpitView::dispose);
    }

    /** The stylesheets every scene of the cockpit needs, in order. */
    public static void style(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheet(), Theme.resource("/cn/techcity/cockpit/ui/theme/cockpit.css"));
        String font = "-fx-font-family: \"" + Theme.chineseFontFamily() + "\";";
        String own = scene.getRoot().getStyle();
        if (own == null || !own.contains(font)) {
            scene.getRoot().setStyle((own == null ? "" : own) + font);
        }
    }

    public Theme theme() { return theme; }
}
