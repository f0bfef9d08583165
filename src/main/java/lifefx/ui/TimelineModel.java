package lifefx.ui;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lifefx.sim.Snapshot;
import lifefx.sim.Timeline;

/**
 * The timeline bar's model (View → Timeline): the recorded range of the run and the generation
 * shown, as a position from 0 (the earliest generation kept) to {@link #spanProperty()} (the
 * latest), a label, and a tooltip with what the history holds in memory. {@link #seekTo} turns a
 * position back into a generation and asks the simulation for it. No nodes; {@link TimelineView}
 * binds to it. FX thread only.
 *
 * <p>Positions are doubles: exact for spans below 2^53 generations, and for the plane's longer
 * spans within a part in 2^53 of the span, which no pixel can show.
 *
 * <p><b>Coalescing.</b> A drag sends a seek only when the generation under the thumb changes; the
 * simulation cancels the recomputing of a seek when a newer one arrives, so a drag costs at most
 * one computation in flight and the last one always lands.
 */
final class TimelineModel {

    private final Consumer<BigInteger> seek;
    private final ReadOnlyDoubleWrapper span = new ReadOnlyDoubleWrapper(this, "span", 0);
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position", 0);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private Timeline shownTimeline;
    private BigInteger shownGeneration;
    private BigInteger lastSent;

    /** @param seek asks the simulation for a generation ({@code Simulation::seek}) */
    TimelineModel(Consumer<BigInteger> seek) {
        this.seek = Objects.requireNonNull(seek);
    }

    /** Follows {@code s}: cheap when neither its range nor its generation changed. Once per pulse while shown. */
    void update(Snapshot s) {
        Timeline t = s.timeline();
        BigInteger g = s.exactGeneration();
        if (t.equals(shownTimeline) && g.equals(shownGeneration)) {
            return;
        }
        shownTimeline = t;
        shownGeneration = g;
        if (g.equals(lastSent)) {
            // Landed: a later click on the same spot after moving elsewhere asks again.
            lastSent = null;
        }
        span.set(t.span().doubleValue());
        position.set(g.subtract(t.earliest()).max(BigInteger.ZERO).doubleValue());
        empty.set(t.span().signum() == 0);
        text.set(String.format(Locale.ROOT, "generation %,d  ·  recorded %,d – %,d  ·  %s", g, t.earliest(), t.latest(),
                bytes(t.bytes())));
        String spacing = t.interval() == 1 ? "every generation stepped to is kept, so going back recomputes nothing"
                : String.format(Locale.ROOT, "one per %,d generations, so going back recomputes at most %,d generations"
                        + " from the keyframe before", t.interval(), t.interval() - 1);
        details.set(String.format(Locale.ROOT,
                "%,d keyframes (%s) hold %s of the %s for history.%nAn edit starts a new history; what was recorded"
                        + " after it is dropped.", t.keyframes(), spacing, bytes(t.bytes()), bytes(t.budget())));
    }

    /** Asks for the generation at {@code pos} (a position along the span), unless it was the last asked for. */
    void seekTo(double pos) {
        if (shownTimeline == null || !(pos >= 0)) {
            return;
        }
        BigInteger offset = new BigDecimal(Math.min(pos, span.get())).setScale(0, RoundingMode.HALF_UP).toBigInteger();
        BigInteger target = shownTimeline.earliest().add(offset).min(shownTimeline.latest());
        if (lastSent == null ? target.equals(shownGeneration) : target.equals(lastSent)) {
            return;
        }
        lastSent = target;
        seek.accept(target);
    }

    static String bytes(long b) {
        if (b >= 10L << 20) {
            return String.format(Locale.ROOT, "%,d MB", b >> 20);
        }
        if (b >= 10L << 10) {
            return String.format(Locale.ROOT, "%,d KB", b >> 10);
        }
        return String.format(Locale.ROOT, "%,d bytes", b);
    }

    ReadOnlyDoubleProperty spanProperty() {
        return span.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Whether only one generation is recorded (nothing to scrub). */
    ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Keyframes, memory used and budget, cost of a seek: for the tooltip. */
    ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
