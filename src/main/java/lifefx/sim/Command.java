package lifefx.sim;

import java.util.concurrent.CompletableFuture;
import lifefx.cellio.CellIoMode;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.universe.Topology;
import lifefx.universe.Universe;

/**
 * What a front end asks the simulation to do. Immutable values, made on any thread by {@link
 * Simulation}'s public methods and applied in order by the stepping thread.
 *
 * <p>{@link #cancels()} says which generation in flight the command must not wait for: see {@link
 * CommandQueue} for how that request is made sticky.
 */
sealed interface Command {

    /** Which generation in flight a command cancels when it is sent. */
    enum Cancels {
        /** None: the command waits for the generation boundary. */
        NOTHING,
        /** A generation of play (not a single step asked for by {@link Simulation#step()}). */
        PLAY,
        /** Any generation, single steps included: the command replaces or ends the run. */
        ANY
    }

    /** Which generation in flight this command cancels; most wait for the boundary. */
    default Cancels cancels() {
        return Cancels.NOTHING;
    }

    /** A few words for a notice when applying the command failed. */
    default String describe() {
        return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    record Play() implements Command {
    }

    /**
     * Records the schedule map of each generation from now on ({@code on}), with virtual threads'
     * carriers or not, or stops recording.
     */
    record RecordSchedule(boolean on, boolean carriers) implements Command {
        @Override
        public String describe() {
            return on ? "recording the schedule map" : "stopping the schedule map";
        }
    }

    /**
     * Records the population, births and deaths of every step from now on ({@code on}) into the
     * run's {@link PopulationHistory}, or stops recording (the history is kept).
     */
    record RecordPopulation(boolean on) implements Command {
        @Override
        public String describe() {
            return on ? "recording the population history" : "stopping the population history";
        }
    }

    record Pause() implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.PLAY;
        }
    }

    record StepOnce() implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.PLAY;
        }

        @Override
        public String describe() {
            return "step";
        }
    }

    record Reset() implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.ANY;
        }
    }

    /** Switching strategy, threads or I/O restarts a generation of play with the new choice. */
    record SetStrategy(String name) implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.PLAY;
        }

        @Override
        public String describe() {
            return "switching to " + name;
        }
    }

    record SetThreads(int threads) implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.PLAY;
        }

        @Override
        public String describe() {
            return "setting " + threads + " threads";
        }
    }

    record SetIo(CellIoMode mode) implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.PLAY;
        }

        @Override
        public String describe() {
            return "switching cell I/O to " + mode.name();
        }
    }

    record SetRule(Rule rule) implements Command {
        @Override
        public String describe() {
            return "setting the rule " + rule;
        }
    }

    record SetSpeed(double gps) implements Command {
    }

    record Resize(GridSize size) implements Command {
        @Override
        public String describe() {
            return "resizing to " + size;
        }
    }

    record SetStepExponent(int exponent) implements Command {
        @Override
        public String describe() {
            return "setting the step to 2^" + exponent;
        }
    }

    /** Switching between the plane and a torus; cancels a generation of play. */
    record SwitchTopology(Topology topology) implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.PLAY;
        }

        @Override
        public String describe() {
            return "switching to the " + topology.describe() + " universe";
        }
    }

    record Paint(long stroke, long[] rows, long[] cols, boolean alive) implements Command {
        @Override
        public String describe() {
            return "drawing";
        }
    }

    /** Load: new cells in a universe of {@code topology}, with their rule and document, all undone together. */
    record Load(Topology topology, Universe.Snapshot cells, Rule rule, Document document) implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.ANY;
        }

        @Override
        public String describe() {
            return "loading " + document.name();
        }
    }

    record SetDocument(Document document) implements Command {
    }

    record Clear() implements Command {
    }

    /** {@code area}: where on the plane (null: around the origin); a torus is filled whole. */
    record RandomFill(double density, long seed, CellRegion area) implements Command {
        @Override
        public String describe() {
            return "random fill";
        }
    }

    /** An edit of a rectangle of cells (a selection or a paste), undone as one change. */
    record Edit(CellEdit edit) implements Command {
        @Override
        public String describe() {
            return edit.describe();
        }
    }

    record Undo() implements Command {
    }

    record Redo() implements Command {
    }

    /**
     * One step of the current step size back in the recorded history; pauses. Cancels a generation
     * of play; its own recomputing is cancelled like a single step (by reset, load, close), so each
     * step back counts.
     */
    record StepBack() implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.PLAY;
        }

        @Override
        public String describe() {
            return "stepping back";
        }
    }

    /**
     * To {@code generation} of the recorded history (clamped into it); pauses. Like {@link
     * StepBack}, so a newer seek cancels the recomputing of an older one: drags coalesce.
     */
    record Seek(java.math.BigInteger generation) implements Command {
        public Seek {
            java.util.Objects.requireNonNull(generation, "generation");
        }

        @Override
        public Cancels cancels() {
            return Cancels.PLAY;
        }

        @Override
        public String describe() {
            return "going to generation " + generation;
        }
    }

    record Flush(CompletableFuture<Snapshot> done) implements Command {
    }

    /**
     * Starts {@code recording} (prepared, not started) at the next generation boundary and stops it
     * once {@code generations} more have been computed; then it is written to {@code file} and
     * {@code done} completes. See {@link Simulation#recordProfile}.
     */
    record RecordProfile(FlightRecording recording, long generations, java.nio.file.Path file,
                         CompletableFuture<FlightRecording.Written> done) implements Command {
        @Override
        public String describe() {
            return "record profile";
        }
    }

    /** Stops play when the pattern dies, becomes still or becomes periodic (see {@link lifefx.analysis.AutoStop}). */
    record SetAutoStop(java.util.Set<lifefx.analysis.AutoStop.Condition> conditions) implements Command {
        public SetAutoStop {
            conditions = java.util.Set.copyOf(conditions);
        }

        @Override
        public String describe() {
            return "setting auto-stop";
        }
    }

    record Close() implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.ANY;
        }
    }
}
