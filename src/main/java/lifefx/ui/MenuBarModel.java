package lifefx.ui;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The menu bar's model: which commands each menu lists and in what groups, which are disabled now,
 * and which are on/off settings and their state. Properties and commands only, no nodes; {@link
 * MenuBarView} builds the menus from it. FX thread only.
 */
final class MenuBarModel {

    /** The menus, left to right; each lists the {@link Shortcut}s of that menu. */
    static final List<String> MENUS = List.of("File", "Edit", "Run", "View", "Help");

    private static final ReadOnlyBooleanWrapper NEVER = new ReadOnlyBooleanWrapper(false);

    private final LifeModel model;
    private final Commands commands;

    private final SelectionModel selection;

    MenuBarModel(LifeModel model, Commands commands) {
        this(model, commands, null);
    }

    /** With {@code selection} (may be null) for the paste mode and the select tool's check marks. */
    MenuBarModel(LifeModel model, Commands commands, SelectionModel selection) {
        this.model = Objects.requireNonNull(model);
        this.commands = Objects.requireNonNull(commands);
        this.selection = selection;
    }

    /** The submenu {@code s} sits in within its menu, or null: the paste modes are Edit → Paste mode. */
    static String submenu(Shortcut s) {
        return switch (s) {
            case PASTE_COPY, PASTE_OR, PASTE_XOR -> "Paste mode";
            default -> null;
        };
    }

    /** The commands of {@code menu}, in order. */
    static List<Shortcut> items(String menu) {
        return Shortcut.inMenu(menu);
    }

    /** Items of one group sit together; a separator goes between groups. */
    static String group(Shortcut s) {
        return switch (s) {
            case QUIT -> "quit";
            case OPEN_CLIPBOARD -> "paste";
            case SELECT_ALL, SELECT_TOOL -> "select";
            case COPY, CUT, PASTE -> "clipboard";
            case PASTE_COPY, PASTE_OR, PASTE_XOR -> "paste mode";
            case CLEAR, CLEAR_OUTSIDE, RANDOM_FILL -> "cells";
            case FLIP_LEFT_RIGHT, FLIP_TOP_BOTTOM, ROTATE_CLOCKWISE, ROTATE_ANTICLOCKWISE -> "transform";
            case GRID_SIZE -> "size";
            case FASTER, SLOWER -> "speed";
            case NEXT_STRATEGY, PREVIOUS_STRATEGY, MORE_THREADS, FEWER_THREADS, EDIT_RULE -> "engine";
            case IDENTIFY -> "identify";
            case STOP_IF_DEAD, STOP_IF_STILL, STOP_IF_PERIODIC -> "auto-stop";
            case RACE -> "race";
            case RECORD_PROFILE -> "profile";
            case OVERLAY, CHART, POPULATION_CHART, LIBRARY, TIMELINE -> "panels";
            case EXPORT_VIEW_PNG, EXPORT_GIF, EXPORT_SELECTION_PNG, EXPORT_SELECTION_GIF, EXPORT_POPULATION -> "export";
            case SCHEDULE_MAP, SCHEDULE_COLOURING -> "schedule";
            case THEME, FOCUS_GRID -> "misc";
            default -> "main";
        };
    }

    /**
     * Whether {@code s} can be used now: undo, redo, reset and step back depend on the history; the
     * selection's edits and exports wait for a selection (Delete and random fill work without one).
     */
    ObservableBooleanValue disabledProperty(Shortcut s) {
        return switch (s) {
            case UNDO -> model.canUndoProperty().not();
            case REDO -> model.canRedoProperty().not();
            case RESET -> model.canResetProperty().not();
            case STEP_BACK -> model.canStepBackProperty().not();
            case EXPORT_SELECTION_PNG, EXPORT_SELECTION_GIF, COPY, CUT, CLEAR_OUTSIDE, FLIP_LEFT_RIGHT,
                 FLIP_TOP_BOTTOM, ROTATE_CLOCKWISE, ROTATE_ANTICLOCKWISE ->
                    selection == null ? NEVER.getReadOnlyProperty() : selection.selectionProperty().isNull();
            default -> NEVER.getReadOnlyProperty();
        };
    }

    /** The on/off state that {@code s} flips, or {@code null} when {@code s} is a plain command. */
    ReadOnlyBooleanProperty checkedProperty(Shortcut s) {
        return switch (s) {
            case OVERLAY -> model.overlayVisibleProperty();
            case CHART -> model.chartVisibleProperty();
            case POPULATION_CHART -> model.populationChartVisibleProperty();
            case LIBRARY -> model.libraryVisibleProperty();
            case TIMELINE -> model.timelineVisibleProperty();
            case SCHEDULE_MAP -> model.scheduleMapVisibleProperty();
            case THEME -> model.darkThemeProperty();
            case PASTE_COPY -> selection == null ? null : selection.pasteModeIs(lifefx.sim.PasteMode.COPY);
            case PASTE_OR -> selection == null ? null : selection.pasteModeIs(lifefx.sim.PasteMode.OR);
            case PASTE_XOR -> selection == null ? null : selection.pasteModeIs(lifefx.sim.PasteMode.XOR);
            case SELECT_TOOL -> selection == null ? null : selection.selectToolProperty();
            case STOP_IF_DEAD -> model.stopIfDeadProperty();
            case STOP_IF_STILL -> model.stopIfStillProperty();
            case STOP_IF_PERIODIC -> model.stopIfPeriodicProperty();
            default -> null;
        };
    }

    /** Runs the command of a menu item. */
    void run(Shortcut s) {
        commands.run(s);
    }
}
