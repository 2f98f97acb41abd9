package cn.techcity.cockpit.ui.app;

import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.Fxml;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Views;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.ui.area.AreaController;
import cn.techcity.cockpit.ui.battle.BattleController;
import cn.techcity.cockpit.ui.battles.BattlesController;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.editor.EditorController;
import cn.techcity.cockpit.ui.registry.RegistryController;
import cn.techcity.cockpit.ui.taskeditor.TaskEditorController;
import cn.techcity.cockpit.ui.help.HelpController;
import cn.techcity.cockpit.ui.overview.OverviewController;
import cn.techcity.cockpit.ui.taskforces.TaskForcesController;
import cn.techcity.cockpit.ui.warnings.WarningsController;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Builds views: each is an FXML file with its controller and CSS side by side in its package; controllers get their
 * collaborators through their constructor (one FXMLLoader controller factory, no DI framework).
 */
public final class ViewFactory implements Views {
    private final I18n i18n;
    private final Theme theme;
    private final Consumer<ViewId> navigate;
    private final Clock clock;
    private final Session session;

    /** @param session the editors' way to the store; null for a read-only cockpit (snapshots) */
    public ViewFactory(I18n i18n, Theme theme, Consumer<ViewId> navigate, Clock clock, Session session) {
        this.i18n = i18n;
        this.theme = theme;
        this.navigate = navigate;
        this.clock = clock;
        this.session = session;
    }

    public I18n i18n() { return i18n; }

    public Theme theme() { return theme; }

    /** The views this factory built last for each id: 预警 selects a tile in the area it opens. */
    private final java.util.Map<ViewId, CockpitView> built = new java.util.EnumMap<>(ViewId.class);

    /** Opens {@code id}; in a work area, with the tile of {@code indicatorCode} (may be null) selected. */
    private void open(ViewId id, String indicatorCode) {
        navigate.accept(id);
        if (indicatorCode != null && built.get(id) instanceof AreaController area) {
            area.select(indicatorCode);
        }
    }

    @Override
    public CockpitView create(ViewId id, CockpitData data) {
        CockpitView view = build(id, data);
        built.put(id, view);
        return view;
    }

    private CockpitView build(ViewId id, CockpitData data) {
        return switch (id) {
            case OVERVIEW -> load("overview/Overview.fxml", "overview/overview.css",
                    new OverviewController(i18n, theme, data, navigate, clock));
            case WARNINGS -> load("warnings/Warnings.fxml", "warnings/warnings.css",
                    new WarningsController(i18n, data, clock, this::open));
            case BATTLES -> load("battles/Battles.fxml", "battles/battles.css", new BattlesController(i18n, data, navigate, clock));
            case BATTLE_PLATFORM, BATTLE_INVESTMENT, BATTLE_INCUBATION, BATTLE_CONSTRUCTION ->
                    load("battle/Battle.fxml", "battle/battle.css", new BattleController(i18n, theme, data, id.battleCode(data), clock));
            case AREA_PLATFORMS, AREA_PROJECTS, AREA_INDUSTRY, AREA_CONSTRUCTION, AREA_FACTORS ->
                    load("area/Area.fxml", "area/area.css", new AreaController(i18n, theme, data, id.sectionCode()));
            case TASKFORCES -> load("taskforces/TaskForces.fxml", "taskforces/taskforces.css", new TaskForcesController(i18n, data));
            case HELP -> load("help/Help.fxml", "help/help.css", new HelpController(i18n));
            case TASK_EDITOR -> load("taskeditor/TaskEditor.fxml", "taskeditor/taskeditor.css",
                    new TaskEditorController(i18n, data, session));
            case REGISTRY_EDITOR -> load("registry/Registry.fxml", "registry/registry.css",
                    new RegistryController(i18n, data, data.latestMonth().orElse(1), session));
            case STRUCTURE -> load("structure/Structure.fxml", "structure/structure.css",
                    new cn.techcity.cockpit.ui.structure.StructureController(i18n, data, session));
            case EDITOR -> load("editor/Editor.fxml", "editor/editor.css",
                    new EditorController(i18n, data, data.latestMonth().orElse(1), session));
        };
    }

    private <T> T load(String fxml, String css, T controller) {
        return Fxml.load(fxml, css, controller, i18n);
    }
}
