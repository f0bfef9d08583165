package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.sim.Document;
import lifefx.sim.IoStatus;
import lifefx.sim.Snapshot;
import lifefx.sim.Timeline;
import lifefx.sim.TimingWindow;
import lifefx.universe.Topology;
import lifefx.universe.Universes;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/** The timeline's positions and the generations they ask for: {@link TimelineModel}, with no window. */
class TimelineModelTest {

    private static Snapshot at(long generation, Timeline t) {
        Grid g = Grid.empty(new GridSize(4, 4)).withGeneration(generation);
        return new Snapshot(1, Universes.snapshotOf(g), Topology.torus(g.size()), lifefx.life.Rule.CONWAY, "sequential",
                1, false, 0, 0, TimingWindow.EMPTY, null, 0, false, false, false, IoStatus.NONE, Document.UNTITLED,
                null, t);
    }

    /** Any position asks for a generation within the range, the nearest one, and never twice in a row. */
    @Property
    void aPositionAsksForTheNearestGenerationOfTheRange(@ForAll @LongRange(min = 0, max = 1L << 40) long earliest,
                                                         @ForAll @LongRange(min = 0, max = 1L << 40) long span,
                                                         @ForAll @DoubleRange(min = -10, max = 2e12) double pos) {
        List<BigInteger> asked = new ArrayList<>();
        TimelineModel m = new TimelineModel(asked::add);
        Timeline t = new Timeline(BigInteger.valueOf(earliest), BigInteger.valueOf(earliest + span), 3, 4, 100, 1000);
        m.update(at(earliest, t));
        assertThat(m.spanProperty().get()).isEqualTo((double) span);
        m.seekTo(pos);
        m.seekTo(pos);
        assertThat(asked.size()).isLessThanOrEqualTo(1);
        for (BigInteger g : asked) {
            assertThat(t.contains(g)).isTrue();
            double expected = Math.max(0, Math.min(pos, span));
            assertThat(Math.abs(g.longValue() - earliest - expected)).isLessThanOrEqualTo(0.5);
        }
        if (pos >= 0.5 && span >= 1) {
            assertThat(asked).as("a position away from the generation shown asks").hasSize(1);
        }
    }

    @Property
    void thePositionFollowsTheGenerationShown(@ForAll @LongRange(min = 0, max = 1000) long earliest,
                                              @ForAll @LongRange(min = 0, max = 1000) long offset) {
        TimelineModel m = new TimelineModel(g -> { });
        Timeline t = new Timeline(BigInteger.valueOf(earliest), BigInteger.valueOf(earliest + 1000), 3, 1, 100, 1000);
        m.update(at(earliest + offset, t));
        assertThat(m.positionProperty().get()).isEqualTo((double) offset);
        assertThat(m.textProperty().get()).contains("recorded");
        assertThat(m.detailsProperty().get()).contains("100 bytes").contains("keyframes");
    }
}
