package lifefx.sim;

import java.util.concurrent.CompletableFuture;
import lifefx.cellio.CellIoMode;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;

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

    record Paint(long stroke, int[] rows, int[] cols, boolean alive) implements Command {
        @Override
        public String describe() {
            return "drawing";
        }
    }

    /** Load: a new grid, with its rule and document, all undone together. */
    record Load(Grid grid, Rule rule, Document document) implements Command {
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

    record RandomFill(double density, long seed) implements Command {
        @Override
        public String describe() {
            return "random fill";
        }
    }

    record Undo() implements Command {
    }

    record Redo() implements Command {
    }

    record Flush(CompletableFuture<Snapshot> done) implements Command {
    }

    record Close() implements Command {
        @Override
        public Cancels cancels() {
            return Cancels.ANY;
        }
    }
}
