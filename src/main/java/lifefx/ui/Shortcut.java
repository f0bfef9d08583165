package lifefx.ui;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every command of the window with its keys: the one table the key handler, the menus and the
 * Help → Keys dialog all read, so a key can't be documented and not work, or work and not be
 * documented. Immutable.
 *
 * <p>Keys with no modifier (Space, N, F, ...) only act when the focus is not in a text field, so
 * typing a rule such as {@code B36/S23} never steps the simulation.
 */
public enum Shortcut {
    NEW("File", "New empty universe…", key(KeyCode.N, true, false)),
    OPEN("File", "Open a pattern file…", key(KeyCode.O, true, false)),
    SAVE("File", "Save as RLE", key(KeyCode.S, true, false)),
    SAVE_AS("File", "Save as RLE to another file…", key(KeyCode.S, true, true)),
    OPEN_CLIPBOARD("File", "Open from clipboard: the clipboard's pattern as a new universe", key(KeyCode.V, true, true)),
    /** No key: a menu item only. */
    EXPORT_VIEW_PNG("File", "Export view as PNG…"),
    /** No key: a menu item only. */
    EXPORT_GIF("File", "Export animated GIF of the next generations…"),
    /** No key: a menu item only. */
    EXPORT_SELECTION_PNG("File", "Export selection as PNG…"),
    /** No key: a menu item only. */
    EXPORT_SELECTION_GIF("File", "Export animated GIF of the selection…"),
    /** No key: a menu item only. */
    EXPORT_POPULATION("File", "Export population history (CSV or PNG)…"),
    QUIT("File", "Quit", key(KeyCode.Q, true, false)),

    UNDO("Edit", "Undo the last edit, clear, fill or load", key(KeyCode.Z, true, false)),
    REDO("Edit", "Redo", key(KeyCode.Y, true, false), key(KeyCode.Z, true, true)),
    SELECT_ALL("Edit", "Select all (the pattern, or the whole torus)", key(KeyCode.A, true, false)),
    SELECT_TOOL("Edit", "Select tool: a drag selects instead of drawing (Shift+drag always selects)",
            key(KeyCode.F5, false, false)),
    COPY("Edit", "Copy the selection (as RLE)", key(KeyCode.C, true, false)),
    CUT("Edit", "Cut the selection", key(KeyCode.X, true, false)),
    PASTE("Edit", "Paste: the clipboard's pattern follows the mouse; click to place, Escape cancels",
            key(KeyCode.V, true, false)),
    /** No key: Edit → Paste mode. */
    PASTE_COPY("Edit", "Copy: the pasted box replaces the cells under it"),
    /** No key: Edit → Paste mode. */
    PASTE_OR("Edit", "Or: the pasted cells are added"),
    /** No key: Edit → Paste mode. */
    PASTE_XOR("Edit", "Xor: the pasted cells toggle the cells under them"),
    CLEAR("Edit", "Clear the selection, or every cell when nothing is selected", key(KeyCode.DELETE, false, false)),
    CLEAR_OUTSIDE("Edit", "Clear outside the selection", key(KeyCode.DELETE, false, true)),
    RANDOM_FILL("Edit", "Random fill… (of the selection, when there is one)", key(KeyCode.R, true, false)),
    FLIP_LEFT_RIGHT("Edit", "Flip the selection left-right", key(KeyCode.X, false, false)),
    FLIP_TOP_BOTTOM("Edit", "Flip the selection top-bottom", key(KeyCode.Y, false, false)),
    ROTATE_CLOCKWISE("Edit", "Rotate the selection clockwise (>)", key(KeyCode.PERIOD, false, true)),
    ROTATE_ANTICLOCKWISE("Edit", "Rotate the selection anticlockwise (<)", key(KeyCode.COMMA, false, true)),
    GRID_SIZE("Edit", "Torus size…", key(KeyCode.G, true, false)),
    UNIVERSE("Edit", "Switch universe: unbounded or a torus…", key(KeyCode.U, false, false)),

    PLAY("Run", "Play / pause (hold Space and drag to pan)", key(KeyCode.SPACE, false, false)),
    STEP("Run", "Step (one step of the step size)", key(KeyCode.N, false, false), key(KeyCode.S, false, false)),
    STEP_BACK("Run", "Step back (one step of the step size, through the recorded history)",
            key(KeyCode.BACK_SPACE, false, false), key(KeyCode.N, false, true)),
    RESET("Run", "Reset to where play last started", key(KeyCode.R, false, false)),
    STEP_BIGGER("Run", "Bigger steps: twice the generations per step (as Golly's +)", key(KeyCode.EQUALS, false, false),
            key(KeyCode.ADD, false, false), key(KeyCode.PLUS, false, false)),
    STEP_SMALLER("Run", "Smaller steps: half the generations per step (as Golly's -)",
            key(KeyCode.MINUS, false, false), key(KeyCode.SUBTRACT, false, false)),
    FASTER("Run", "Faster (more steps per second)", key(KeyCode.CLOSE_BRACKET, false, true)),
    SLOWER("Run", "Slower (fewer steps per second)", key(KeyCode.OPEN_BRACKET, false, true)),
    NEXT_STRATEGY("Run", "Next strategy", key(KeyCode.PAGE_DOWN, false, false)),
    PREVIOUS_STRATEGY("Run", "Previous strategy", key(KeyCode.PAGE_UP, false, false)),
    MORE_THREADS("Run", "One more thread", key(KeyCode.UP, true, false)),
    FEWER_THREADS("Run", "One thread fewer", key(KeyCode.DOWN, true, false)),
    EDIT_RULE("Run", "Edit the rule", key(KeyCode.L, true, false)),
    NEXT_IO_MODE("Run", "Next cell I/O mode: none, latency, socket", key(KeyCode.I, false, false)),
    IDENTIFY("Run", "Identify: still life, oscillator or spaceship; period, speed, heat…", key(KeyCode.I, true, false)),
    /** No key: a check item of the Run menu. */
    STOP_IF_DEAD("Run", "Stop when the pattern dies"),
    /** No key: a check item of the Run menu. */
    STOP_IF_STILL("Run", "Stop when the pattern becomes still"),
    /** No key: a check item of the Run menu. */
    STOP_IF_PERIODIC("Run", "Stop when the pattern becomes periodic"),
    RACE("Run", "Race strategies…", key(KeyCode.B, true, false)),
    RECORD_PROFILE("Run", "Record profile of the next generations (JDK Flight Recorder)…", key(KeyCode.P, true, true)),

    FIT("View", "Fit the pattern (or the torus) to the window", key(KeyCode.F, false, false)),
    ZOOM_IN("View", "Zoom in (twice the pixels per cell)", key(KeyCode.CLOSE_BRACKET, false, false),
            key(KeyCode.EQUALS, true, false)),
    ZOOM_OUT("View", "Zoom out (twice the cells per pixel)", key(KeyCode.OPEN_BRACKET, false, false),
            key(KeyCode.MINUS, true, false)),
    ACTUAL_SIZE("View", "1 pixel per cell", key(KeyCode.DIGIT1, false, false)),
    OVERLAY("View", "Timing overlay", key(KeyCode.T, false, false)),
    CHART("View", "Timing chart", key(KeyCode.C, false, false)),
    POPULATION_CHART("View", "Population chart: population, births and deaths per generation",
            key(KeyCode.P, false, false)),
    LIBRARY("View", "Pattern library", key(KeyCode.L, false, false)),
    TIMELINE("View", "Timeline: the recorded generations; drag to go back and forth", key(KeyCode.H, false, false)),
    SCHEDULE_MAP("View", "Schedule map: colour each cell by when, and on which thread, it was computed",
            key(KeyCode.M, false, false)),
    SCHEDULE_COLOURING("View", "Schedule map colouring: time, thread, carrier", key(KeyCode.M, false, true)),
    THEME("View", "Dark theme", key(KeyCode.D, false, false)),
    FOCUS_GRID("View", "Back to the grid (leave a text field); cancel a paste, or remove the selection",
            key(KeyCode.ESCAPE, false, false)),

    KEYS("Help", "Keys", key(KeyCode.F1, false, false)),
    /** No key: a menu item only. */
    ABOUT("Help", "About LifeFX");

    /** Mouse gestures, for the Help → Keys dialog. */
    public static final List<String[]> MOUSE = List.of(
            new String[] {"Click", "Toggle the cell under the mouse"},
            new String[] {"Drag", "Paint cells; erase when the drag starts on a live cell"},
            new String[] {"Shift + drag (or drag with the select tool, F5)", "Select a rectangle"},
            new String[] {"Click outside the selection", "Remove the selection"},
            new String[] {"Click while pasting", "Place the pasted pattern where its ghost is"},
            new String[] {"Right or middle drag, Space + drag", "Pan"},
            new String[] {"Wheel", "Zoom at the mouse"},
            new String[] {"Drop a file on the window", "Open it"});

    private final String menu;
    private final String description;
    private final List<KeyCodeCombination> keys;

    Shortcut(String menu, String description, KeyCodeCombination... keys) {
        this.menu = menu;
        this.description = description;
        this.keys = List.of(keys);
    }

    private static KeyCodeCombination key(KeyCode code, boolean shortcut, boolean shift) {
        return new KeyCodeCombination(code,
                shortcut ? KeyCombination.SHORTCUT_DOWN : KeyCombination.SHORTCUT_ANY,
                shift ? KeyCombination.SHIFT_DOWN : KeyCombination.SHIFT_ANY);
    }

    /** The menu the command is listed under. */
    public String menu() {
        return menu;
    }

    public String description() {
        return description;
    }

    public List<KeyCodeCombination> keys() {
        return keys;
    }

    /** Whether the first key needs Ctrl (⌘ on macOS). */
    public boolean needsModifier() {
        return keys.getFirst().getShortcut() == KeyCombination.ModifierValue.DOWN;
    }

    /** The keys as people write them: {@code Ctrl+Shift+S}, {@code N or S}. */
    public String keyText() {
        if (keys.isEmpty()) {
            return "(menu only)";
        }
        return String.join(" or ", keys.stream().map(Shortcut::text).toList());
    }

    private static String text(KeyCodeCombination k) {
        StringBuilder sb = new StringBuilder();
        if (k.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            sb.append("Ctrl+");
        }
        if (k.getShift() == KeyCombination.ModifierValue.DOWN) {
            sb.append("Shift+");
        }
        if (k.getShift() == KeyCombination.ModifierValue.DOWN && k.getShortcut() != KeyCombination.ModifierValue.DOWN
                && (k.getCode() == KeyCode.PERIOD || k.getCode() == KeyCode.COMMA)) {
            // Shift+. and Shift+, are the keys people call > and < (on US and most Latin layouts).
            return k.getCode() == KeyCode.PERIOD ? ">" : "<";
        }
        sb.append(switch (k.getCode()) {
            case EQUALS -> "=";
            case ADD -> "Num +";
            case MINUS -> "-";
            case SUBTRACT -> "Num -";
            case OPEN_BRACKET -> "[";
            case CLOSE_BRACKET -> "]";
            case DIGIT1 -> "1";
            case PAGE_DOWN -> "Page Down";
            case PAGE_UP -> "Page Up";
            default -> k.getCode().getName();
        });
        return sb.toString();
    }

    /**
     * The command {@code e} means, or {@code null}. Without a modifier, Shift and Ctrl must both be
     * up; the "any" values above only keep {@code +} (Shift+=) working on keyboards that need Shift.
     */
    public static Shortcut of(KeyEvent e) {
        for (Shortcut s : values()) {
            for (KeyCodeCombination k : s.keys) {
                if (k.getCode() != e.getCode()) {
                    continue;
                }
                boolean wantShortcut = k.getShortcut() == KeyCombination.ModifierValue.DOWN;
                boolean wantShift = k.getShift() == KeyCombination.ModifierValue.DOWN;
                if (e.isShortcutDown() != wantShortcut || e.isAltDown()) {
                    continue;
                }
                if (wantShift != e.isShiftDown() && (wantShortcut || k.getCode() != KeyCode.EQUALS)) {
                    continue;
                }
                return s;
            }
        }
        return null;
    }

    /** All commands of one menu, in order. */
    public static List<Shortcut> inMenu(String menu) {
        return Arrays.stream(values()).filter(s -> s.menu.equals(menu)).toList();
    }
}
