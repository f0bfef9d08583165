package lifefx.ui;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import lifefx.sim.IoStatus;
import lifefx.sim.Snapshot;
import lifefx.sim.StepTiming;
import lifefx.sim.TimingStats;

/**
 * The timing overlay drawn over the grid: generation, population, strategy and threads, and the
 * step times of the current run. Mouse-transparent, so drawing under it still works. Use on the
 * JavaFX application thread only.
 *
 * <p>Text layout is the costly part of a label, so the text is rebuilt at most {@value #UPDATES_PER_SECOND}
 * times a second, and only when the snapshot changed.
 */
public final class TimingOverlay extends StackPane {

    static final int UPDATES_PER_SECOND = 8;

    /** Pixels between the overlay and the edge of the view, in whichever corner it sits. */
    static final double MARGIN = 10;

    private final Label text = new Label();
    private Snapshot shown;
    private IoStatus shownIo = IoStatus.NONE;
    private long lastUpdate;

    public TimingOverlay() {
        getStyleClass().add("timing-overlay");
        text.getStyleClass().add("timing-overlay-text");
        getChildren().add(text);
        setMouseTransparent(true);
        setPadding(new Insets(8, 12, 8, 12));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        StackPane.setMargin(this, new Insets(MARGIN));
    }

    /**
     * Shows {@code s} and the cell I/O as it is now ({@code io}, which changes during a slow
     * generation too); called once per pulse with the pulse's time in nanoseconds.
     */
    public void update(Snapshot s, IoStatus io, long now) {
        boolean unchanged = s == shown && io.equals(shownIo);
        boolean live = s.running() || io.inFlight() > 0;
        if (unchanged || (now - lastUpdate < 1_000_000_000L / UPDATES_PER_SECOND && live && shown != null)) {
            return;
        }
        shown = s;
        shownIo = io;
        lastUpdate = now;
        text.setText(format(s, io));
    }

    /**
     * The longest timing line the overlay shows while a run is timed (a mean and a p95 of up to
     * 999.99 ms over the last 100 steps): what {@link #widthWhileTiming()} reserves room for.
     */
    static final String WIDEST_TIMING_LINE = "mean / p95   999.99 ms / 999.99 ms  (last 100)";

    /**
     * The overlay's width once a run is being timed: its preferred width now, or wider if the timing
     * lines that play brings ({@link #WIDEST_TIMING_LINE}) would be wider than its widest line now.
     * What a fit keeps clear, so a pattern fitted while paused is not moved when play starts.
     */
    public double widthWhileTiming() {
        double now = prefWidth(-1);
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text.getText());
        probe.setFont(text.getFont());
        double current = probe.getLayoutBounds().getWidth();
        probe.setText(WIDEST_TIMING_LINE);
        double widest = probe.getLayoutBounds().getWidth();
        return now + Math.max(0, Math.ceil(widest - current));
    }

    /** The overlay's text for {@code s}; also what tests read. */
    public String text() {
        return text.getText();
    }

    static String format(Snapshot s) {
        return format(s, s.io());
    }

    static String format(Snapshot s, IoStatus io) {
        TimingStats t = s.stats();
        StringBuilder sb = new StringBuilder(320);
        sb.append(String.format(Locale.ROOT, "generation   %,d%n", s.exactGeneration()));
        sb.append(String.format(Locale.ROOT, "population   %,d%n", s.exactPopulation()));
        sb.append(String.format(Locale.ROOT, "universe     %s, step %s%n", s.topology().describe(),
                StepText.format(s.stepExponent())));
        boolean usesThreads = StrategyChoice.all().stream().filter(c -> c.name().equals(s.strategy())).findFirst()
                .map(StrategyChoice::usesThreads).orElse(true);
        if (usesThreads) {
            sb.append(String.format(Locale.ROOT, "strategy     %s, %d thread%s%n", s.strategy(), s.threads(),
                    s.threads() == 1 ? "" : "s"));
        } else {
            sb.append(String.format(Locale.ROOT, "strategy     %s%n", s.strategy()));
        }
        StepTiming last = t.last();
        if (last == null) {
            sb.append("last step    -\nmean / p95   -\ngen/s        -\ncell upd/s   -");
        } else {
            sb.append(String.format(Locale.ROOT, "last step    %s%n", ms(last.millis())));
            sb.append(String.format(Locale.ROOT, "mean / p95   %s / %s  (last %d)%n", ms(t.meanMillis()),
                    ms(t.p95Millis()), t.steps()));
            sb.append(String.format(Locale.ROOT, "gen/s        %s%n", rate(t.generationsPerSecond())));
            // On the plane HashLife's work follows the live cells, not an area: say which is counted.
            sb.append(String.format(Locale.ROOT, s.wraps() ? "cell upd/s   %s" : "live cell/s  %s",
                    rate(t.cellUpdatesPerSecond())));
        }
        sb.append(ioLines(io));
        if (!s.running()) {
            sb.append("\npaused");
        }
        return sb.toString();
    }

    /** The cell I/O lines, each after a line break; empty without I/O. */
    static String ioLines(IoStatus io) {
        if (!io.active()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(120);
        sb.append(String.format(Locale.ROOT, "%ncell I/O     %s %s", io.mode(),
                lifefx.cellio.DurationText.format(io.latencyNanos())));
        sb.append(String.format(Locale.ROOT, "%nin flight    %,d (peak %,d)", io.inFlight(), io.peakInFlight()));
        if (io.mode().equals(lifefx.cellio.CellIoMode.Socket.NAME)) {
            // A bounded pool: the calls in flight beyond the busy connections are waiting for one.
            sb.append(String.format(Locale.ROOT, "%nconnections  %,d busy, %,d calls waiting", io.busyConnections(),
                    io.waiting()));
        }
        return sb.toString();
    }

    static String ms(double millis) {
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%,.0f ms", millis);
        }
        if (millis >= 1) {
            return String.format(Locale.ROOT, "%.2f ms", millis);
        }
        return String.format(Locale.ROOT, "%.1f µs", millis * 1000);
    }

    static String rate(double perSecond) {
        if (perSecond >= 1e15) {
            // HashLife's rates run to astronomical figures: a power of ten reads better than a prefix.
            return String.format(Locale.ROOT, "%.2e", perSecond).replace("e+", " × 10^");
        }
        if (perSecond >= 1e12) {
            return String.format(Locale.ROOT, "%.2f T", perSecond / 1e12);
        }
        if (perSecond >= 1e9) {
            return String.format(Locale.ROOT, "%.2f G", perSecond / 1e9);
        }
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
        }
        if (perSecond >= 1e4) {
            return String.format(Locale.ROOT, "%.1f k", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }
}
