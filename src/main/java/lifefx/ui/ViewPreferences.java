package lifefx.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;

/**
 * The window's choices that a user expects to find again at the next start: the dark theme, which
 * panels are shown (timing overlay, timing chart, population chart, timeline, library) and the
 * auto-stop conditions. Kept with {@link Preferences} (on Linux a small XML file under
 * {@code ~/.java/.userPrefs/lifefx}), written on every change. The document, the universe and the
 * simulation's settings are not kept: a start opens what its command line says.
 *
 * <p>If the store cannot be read or written (a read-only home, say), the window works as without
 * it: reading gives the defaults, and a failed write is dropped. FX thread only.
 */
final class ViewPreferences {

    private final Preferences node;

    ViewPreferences(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    /** The current user's store. */
    static ViewPreferences user() {
        return new ViewPreferences(Preferences.userRoot().node("lifefx/view"));
    }

    /** The properties kept, by key. */
    static Map<String, BooleanProperty> kept(LifeModel model) {
        Map<String, BooleanProperty> m = new LinkedHashMap<>();
        m.put("dark-theme", model.darkThemeProperty());
        m.put("timing-overlay", model.overlayVisibleProperty());
        m.put("timing-chart", model.chartVisibleProperty());
        m.put("population-chart", model.populationChartVisibleProperty());
        m.put("timeline", model.timelineVisibleProperty());
        m.put("library", model.libraryVisibleProperty());
        m.put("stop-if-dead", model.stopIfDeadProperty());
        m.put("stop-if-still", model.stopIfStillProperty());
        m.put("stop-if-periodic", model.stopIfPeriodicProperty());
        return m;
    }

    /**
     * Sets each kept property of {@code model} to its stored value (a key never stored leaves the
     * default), then stores every later change. Call before the window is built, so it starts as
     * the user left it.
     */
    void bind(LifeModel model) {
        kept(model).forEach((key, property) -> {
            property.set(read(key, property.get()));
            property.addListener((o, was, now) -> write(key, now));
        });
    }

    private boolean read(String key, boolean fallback) {
        try {
            return node.getBoolean(key, fallback);
        } catch (IllegalStateException | SecurityException e) {
            return fallback;
        }
    }

    private void write(String key, boolean value) {
        try {
            node.putBoolean(key, value);
            node.flush();
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            // Not kept this time; the window goes on as it is.
        }
    }
}
