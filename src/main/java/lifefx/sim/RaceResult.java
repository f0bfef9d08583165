package lifefx.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The end of a {@link Race}: per lane, the time of every generation it completed, their summary,
 * and its time relative to the baseline. Immutable and thread-safe.
 *
 * @param setup    what was raced
 * @param state    how it ended: finished, cancelled or failed
 * @param lanes    one per strategy, in the setup's order
 * @param message  why the race failed, or empty
 */
public record RaceResult(RaceSetup setup, RaceProgress.State state, List<LaneResult> lanes, String message) {

    public RaceResult {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(state, "state");
        lanes = List.copyOf(lanes);
        Objects.requireNonNull(message, "message");
    }

    /** The lane of {@code strategy}. */
    public LaneResult lane(String strategy) {
        return lanes.stream().filter(l -> l.strategy().equals(strategy)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lane for " + strategy));
    }

    /**
     * One lane's result.
     *
     * @param strategy   its registry name
     * @param status     how it ended
     * @param divergedAt the generation at which it first differed from the reference, or 0
     * @param message    why it failed, or empty
     * @param nanos      the time of each generation it completed, in order (its length is the count)
     * @param millis     their summary in milliseconds
     * @param ratio      the summary of its time divided by the baseline's, generation by generation
     *                   over the generations both completed (the baseline's own is all 1); empty
     *                   when there are none
     */
    public record LaneResult(String strategy, RaceProgress.LaneStatus status, int divergedAt, String message,
                             long[] nanos, RaceStats.Summary millis, RaceStats.Summary ratio) {
        public LaneResult {
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
            nanos = nanos.clone();
            Objects.requireNonNull(millis, "millis");
            Objects.requireNonNull(ratio, "ratio");
        }

        /** A copy of the per-generation times. */
        @Override
        public long[] nanos() {
            return nanos.clone();
        }

        /** Generations completed and timed. */
        public int generations() {
            return nanos.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LaneResult l && strategy.equals(l.strategy) && status == l.status
                    && divergedAt == l.divergedAt && message.equals(l.message) && Arrays.equals(nanos, l.nanos);
        }

        @Override
        public int hashCode() {
            return Objects.hash(strategy, status, divergedAt, Arrays.hashCode(nanos));
        }

        @Override
        public String toString() {
            return strategy + " " + status + (divergedAt > 0 ? " at " + divergedAt : "") + " " + nanos.length
                    + " generations, ms " + millis + ", ratio " + ratio;
        }
    }
}
