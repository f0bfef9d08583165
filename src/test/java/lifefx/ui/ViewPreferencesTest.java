package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.sim.Settings;
import org.junit.jupiter.api.Test;

/** The theme, the panels and auto-stop come back at the next start; a broken store changes nothing. */
class ViewPreferencesTest {

    private static LifeModel model() {
        return new LifeModel(Grid.empty(new GridSize(10, 10)), Settings.DEFAULT.withStrategy("sequential"));
    }

    @Test
    void choicesMadeInOneSessionAreThereInTheNext() throws Exception {
        Preferences node = Preferences.userRoot().node("lifefx-test/" + UUID.randomUUID());
        try {
            LifeModel first = model();
            boolean overlayDefault = first.overlayVisibleProperty().get();
            new ViewPreferences(node).bind(first);
            assertThat(first.darkThemeProperty().get()).as("nothing stored yet: the default").isFalse();
            assertThat(first.overlayVisibleProperty().get()).isEqualTo(overlayDefault);
            first.darkThemeProperty().set(true);
            first.overlayVisibleProperty().set(!overlayDefault);
            first.timelineVisibleProperty().set(true);
            first.stopIfPeriodicProperty().set(true);
            first.simulation().close();

            LifeModel next = model();
            new ViewPreferences(node).bind(next);
            assertThat(next.darkThemeProperty().get()).isTrue();
            assertThat(next.overlayVisibleProperty().get()).isEqualTo(!overlayDefault);
            assertThat(next.timelineVisibleProperty().get()).isTrue();
            assertThat(next.stopIfPeriodicProperty().get()).isTrue();
            assertThat(next.stopIfDeadProperty().get()).as("never chosen: the default").isFalse();
            assertThat(node.keys()).contains("dark-theme", "timing-overlay", "timeline", "stop-if-periodic");
            next.simulation().close();
        } finally {
            node.removeNode();
            removeTestRootIfEmpty();
        }
    }

    @Test
    void aStoreThatCannotBeUsedLeavesTheDefaultsAndTheWindowWorking() throws Exception {
        Preferences node = Preferences.userRoot().node("lifefx-test/" + UUID.randomUUID());
        node.removeNode(); // every read and write now throws IllegalStateException
        removeTestRootIfEmpty();
        LifeModel m = model();
        boolean chart = m.chartVisibleProperty().get();
        new ViewPreferences(node).bind(m);
        assertThat(m.chartVisibleProperty().get()).isEqualTo(chart);
        m.darkThemeProperty().set(true);
        assertThat(m.darkThemeProperty().get()).isTrue();
        m.simulation().close();
    }

    @Test
    void everyKeptChoiceHasItsOwnKey() {
        LifeModel m = model();
        assertThat(ViewPreferences.kept(m)).hasSize(9).doesNotContainValue(null);
        assertThat(ViewPreferences.kept(m).values()).doesNotHaveDuplicates();
        m.simulation().close();
    }

    /** Leaves the user's store as the test found it. */
    private static void removeTestRootIfEmpty() throws Exception {
        Preferences root = Preferences.userRoot().node("lifefx-test");
        if (root.childrenNames().length == 0 && root.keys().length == 0) {
            root.removeNode();
            Preferences.userRoot().flush();
        }
    }
}
