package lifefx.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys: every {@link Shortcut} runs its command through {@link Commands}, and Space
 * plays or pauses on release (holding it and dragging pans instead). Keys with no modifier do
 * nothing while a text field has the focus, so typing a rule never steps the simulation. FX thread
 * only.
 */
final class WindowKeys {

    private final Scene scene;
    private final Commands commands;
    private final GridView gridView;
    private final Runnable togglePlay;
    private boolean spaceDown;

    private WindowKeys(Scene scene, Commands commands, GridView gridView, Runnable togglePlay) {
        this.scene = scene;
        this.commands = commands;
        this.gridView = gridView;
        this.togglePlay = togglePlay;
    }

    /** Routes {@code scene}'s keys to {@code commands}; Space runs {@code togglePlay}. */
    static void install(Scene scene, Commands commands, GridView gridView, Runnable togglePlay) {
        WindowKeys keys = new WindowKeys(scene, commands, gridView, togglePlay);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::spaceFilter);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, keys::spaceFilter);
        // A handler, not a filter: a focused text field gets (and consumes) its keys first, so typing
        // "N" in the rule field types an N. Consuming here also keeps the menus' accelerators (which
        // are only there to show the keys) from firing a second time.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, keys::onKey);
    }

    private boolean typing() {
        return scene.getFocusOwner() instanceof TextInputControl;
    }

    private void onKey(KeyEvent e) {
        if (e.isConsumed()) {
            return;
        }
        Shortcut s = Shortcut.of(e);
        if (s == null || s == Shortcut.PLAY) {
            return;
        }
        if (typing() && !s.needsModifier() && s != Shortcut.FOCUS_GRID && s != Shortcut.KEYS) {
            return;
        }
        e.consume();
        commands.run(s);
    }

    /**
     * Space: a tap plays or pauses (on release, so that holding Space and dragging can pan
     * instead). Ignored while typing, so a rule can contain spaces.
     */
    private void spaceFilter(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || e.isShortcutDown() || e.isAltDown() || typing()) {
            return;
        }
        e.consume();
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            if (!spaceDown) {
                spaceDown = true;
                gridView.panModeProperty().set(true);
            }
        } else {
            boolean panned = gridView.pannedSincePanModeOn();
            spaceDown = false;
            gridView.panModeProperty().set(false);
            if (!panned) {
                togglePlay.run();
            }
        }
    }
}
