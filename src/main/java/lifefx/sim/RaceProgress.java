package lifefx.sim;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Race} looks like at one moment: the race's state and one {@link Lane} per strategy.
 * The race thread publishes a new one after every lane's generation; a window reads the newest
 * once per frame. Immutable and thread-safe.
 *
 * @param state       where the race is
 * @param generations the generations each lane is to run
 * @param generation  the generation being run now (1-based; 0 before the first, {@code
 *                    generations} at the end)
 * @param lanes       one per strategy, in the setup's order
 * @param message     why the race failed, or empty
 */
public record RaceProgress(State state, int generations, int generation, List<Lane> lanes, String message) {

    /** Where a race is. */
    public enum State {
        /** Opening the lanes (and, for socket I/O, their cell services). */
        STARTING,
        RUNNING,
        /** Every lane ran every generation, or stopped on its own (diverged or failed). */
        FINISHED,
        /** Cancelled by the user: every lane was stopped and closed. */
        CANCELLED,
        /** The race itself could not go on (not one lane's failure: that is the lane's). */
        FAILED;

        /** Whether the race has ended and everything it started is closed. */
        public boolean ended() {
            return this == FINISHED || this == CANCELLED || this == FAILED;
        }
    }

    /** Where one lane is. */
    public enum LaneStatus {
        WAITING, RUNNING, DONE,
        /** Its cells differed from the reference's at {@link Lane#divergedAt()}; stopped there. */
        DIVERGED,
        /** A generation (or opening its I/O) failed, see {@link Lane#message()}; stopped there. */
        FAILED,
        /** The race was cancelled while this lane still had generations to go. */
        CANCELLED
    }

    /**
     * One strategy's lane.
     *
     * @param strategy    its registry name
     * @param status      where it is
     * @param done        generations completed and timed
     * @param recentNanos mean time of its last few generations, or 0 before the first
     * @param totalNanos  its time over all its completed generations
     * @param divergedAt  the generation (1-based) at which its cells first differed, or 0
     * @param message     why it failed, or empty
     */
    public record Lane(String strategy, LaneStatus status, int done, long recentNanos, long totalNanos,
                       int divergedAt, String message) {
        public Lane {
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
        }

        /** Milliseconds per generation, lately; NaN before the first. */
        public double msPerGeneration() {
            return done == 0 ? Double.NaN : recentNanos / 1e6;
        }

        /** Generations per second of its own stepping time so far; NaN before the first. */
        public double generationsPerSecond() {
            return done == 0 || totalNanos == 0 ? Double.NaN : done / (totalNanos / 1e9);
        }

        /** One line for a lane's status label: {@code running}, {@code DIVERGED at gen 7}, ... */
        public String describe() {
            return switch (status) {
                case WAITING -> "waiting";
                case RUNNING -> "running";
                case DONE -> "done";
                case DIVERGED -> "DIVERGED at gen " + divergedAt;
                case FAILED -> "failed: " + message;
                case CANCELLED -> "cancelled";
            };
        }
    }

    public RaceProgress {
        Objects.requireNonNull(state, "state");
        lanes = List.copyOf(lanes);
        Objects.requireNonNull(message, "message");
    }

    /** The lane of {@code strategy}. */
    public Lane lane(String strategy) {
        return lanes.stream().filter(l -> l.strategy().equals(strategy)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lane for " + strategy));
    }
}
