package lifefx.ui;

import java.util.EnumMap;
import java.util.Map;

/**
 * What each {@link Shortcut} does in one window: the table that the key handler, the menu bar and
 * the toolbar all run commands through, so a key, a menu item and a button can never disagree.
 * FX thread only.
 */
final class Commands {

    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);

    /** Makes {@code s} run {@code action}. */
    void bind(Shortcut s, Runnable action) {
        actions.put(s, action);
    }

    /** Whether {@code s} does something (every command should). */
    boolean has(Shortcut s) {
        return actions.containsKey(s);
    }

    /** Runs the command {@code s}, as if its key was pressed. */
    void run(Shortcut s) {
        Runnable r = actions.get(s);
        if (r != null) {
            r.run();
        }
    }
}
