package lifefx.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lifefx.engine.ScheduleMap;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import org.junit.jupiter.api.Test;

/**
 * {@link Simulation#recordSchedule}: snapshots carry no schedule while it is off; on, they carry
 * the last recorded generation's map and, while playing, the cost measured on recorded and plain
 * steps of the same run; off again, none.
 */
class ScheduleRecordingTest {

    @Test
    void recordingIsOffUntilAskedAndMeasuresItsCostOnPlainStepsBetweenRecordedOnes() throws Exception {
        Grid start = Grids.random(new GridSize(30, 40), 0.35, 3, 0);
        try (Simulation sim = new Simulation(start, Settings.DEFAULT.withStrategy("bands").withThreads(3))) {
            sim.step();
            assertThat(sim.flush().get().schedule()).isNull();

            sim.recordSchedule(true, false);
            Snapshot on = sim.flush().get();
            assertThat(on.schedule()).isNotNull();
            assertThat(on.schedule().map()).as("no generation recorded yet").isNull();
            assertThat(on.schedule().overhead()).isEmpty();

            sim.step();
            ScheduleMap map = sim.flush().get().schedule().map();
            assertThat(map).isNotNull();
            assertThat(map.strategy()).isEqualTo("bands");
            assertThat(map.generation()).isEqualTo(2);
            assertThat(map.threadCount()).isEqualTo(3);
            assertThat(map.carrierNames()).as("carriers not asked for").isEmpty();

            sim.play();
            Snapshot measured = sim.await(s -> s.schedule() != null
                    && s.schedule().plainSamples() >= ScheduleFrame.MIN_SAMPLES
                    && s.schedule().recordedSamples() >= ScheduleFrame.MIN_SAMPLES, Duration.ofSeconds(30));
            // One step in four runs without the recorder.
            assertThat(measured.schedule().recordedSamples()).isGreaterThanOrEqualTo(measured.schedule().plainSamples());
            assertThat(measured.schedule().overhead()).isPresent();
            assertThat(measured.schedule().describeCost()).startsWith("recording: ").contains("% step time");
            assertThat(measured.schedule().map().generation()).isGreaterThan(2);

            sim.recordSchedule(true, true);
            sim.await(s -> s.schedule() != null && s.schedule().map() != null
                    && !s.schedule().map().carrierNames().isEmpty(), Duration.ofSeconds(30));

            sim.pause();
            sim.recordSchedule(false, false);
            assertThat(sim.flush().get().schedule()).isNull();
        }
    }
}
