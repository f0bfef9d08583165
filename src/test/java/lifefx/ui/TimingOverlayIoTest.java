package lifefx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import lifefx.sim.IoStatus;
import org.junit.jupiter.api.Test;

/** The overlay's cell I/O lines: in socket mode they show the connections busy and the calls waiting for one. */
class TimingOverlayIoTest {

    @Test
    void socketModeShowsBusyConnectionsAndWaitingCalls() {
        IoStatus socket = new IoStatus("socket", 1_000_000, 10_000, 10_000, 9_903, 97);
        assertThat(TimingOverlay.ioLines(socket)).isEqualTo(String.format(
                "%ncell I/O     socket 1ms%nin flight    10,000 (peak 10,000)%nconnections  97 busy, 9,903 calls waiting"));
    }

    @Test
    void latencyModeHasNoPoolAndNoneShowsNothing() {
        assertThat(TimingOverlay.ioLines(new IoStatus("latency", 1_000_000, 5, 7)))
                .contains("in flight    5 (peak 7)").doesNotContain("connections");
        assertThat(TimingOverlay.ioLines(IoStatus.NONE)).isEmpty();
    }
}
