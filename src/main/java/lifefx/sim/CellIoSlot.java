package lifefx.sim;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;
import lifefx.cellio.CellIo;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.GridSize;
import lifefx.life.Rule;

/**
 * The cell logic the strategies call, and the cell I/O it goes through: none, a latency, or a
 * loopback socket service with its connection pool, which this slot opens and closes.
 *
 * <p><b>Threading.</b> {@link SteppingLoop} changes it from the stepping thread only, between
 * generations. {@link #status()} may be called from any thread (the window reads it every frame,
 * also in the middle of a long generation): the mode and the open I/O are volatile, and the I/O's
 * meter is thread-safe.
 */
final class CellIoSlot {

    /** What a change needs to know about the run: a socket pool is sized by these. */
    interface Run {
        String strategy();

        int threads();

        GridSize size();
    }

    private final Function<Rule, CellLogic> logicFactory;
    private final Consumer<String> notices;
    private final Run run;
    private volatile CellIoMode mode = new CellIoMode.None();
    private volatile CellIo io;
    private CellLogic logic;
    private Rule rule;

    CellIoSlot(Function<Rule, CellLogic> logicFactory, Rule rule, Run run, Consumer<String> notices) {
        this.logicFactory = logicFactory;
        this.notices = notices;
        this.run = run;
        this.rule = rule;
        this.logic = logicFactory.apply(rule);
    }

    /**
     * A logic that always forwards to {@link #logic()}, whatever it is at the time: given once to a
     * torus universe, it follows every later change of rule or I/O without a new universe. The
     * current logic changes only between generations, on the stepping thread, and a step's start
     * happens-before the calls of that step, so the strategy's threads see the right one.
     */
    CellLogic liveLogic() {
        return live;
    }

    private final CellLogic live = new CellLogic() {
        @Override
        public boolean next(boolean alive, int liveNeighbours) throws java.io.IOException, InterruptedException {
            return logic.next(alive, liveNeighbours);
        }

        @Override
        public void abort() {
            logic.abort();
        }

        @Override
        public Rule pureRule() {
            return logic.pureRule();
        }

        @Override
        public String toString() {
            return String.valueOf(logic);
        }
    };

    /** The logic for the current rule through the current I/O. Stepping thread. */
    CellLogic logic() {
        return logic;
    }

    CellIoMode mode() {
        return mode;
    }

    /**
     * Makes the logic for {@code next} and reopens the I/O for it. Throws, changing nothing, when
     * the logic factory fails. Returns false (with a notice, and no I/O) when the I/O could not
     * open. Stepping thread.
     */
    boolean makeFor(Rule next) {
        CellLogic base = logicFactory.apply(next);
        rule = next;
        return open(base);
    }

    /** Switches the I/O mode; returns false (with a notice, and no I/O) when it could not open. */
    boolean switchTo(CellIoMode next) {
        CellIoMode was = mode;
        mode = next;
        try {
            return open(logicFactory.apply(rule));
        } catch (RuntimeException | Error e) {
            mode = was;
            throw e;
        }
    }

    /** A socket pool is sized for the strategy, threads and grid: reopens it when they changed. */
    boolean runChanged() {
        if (mode instanceof CellIoMode.Socket) {
            return open(logicFactory.apply(rule));
        }
        return true;
    }

    private boolean open(CellLogic base) {
        close();
        if (mode instanceof CellIoMode.None) {
            logic = base;
            return true;
        }
        try {
            io = CellIo.openFor(mode, StrategyRegistry.get(run.strategy())
                    .maxInFlight(new StrategyConfig(run.threads()), run.size()));
            logic = io.wrap(base);
            for (String n : io.notices()) {
                notices.accept(n);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            close();
            String what = mode.name();
            mode = new CellIoMode.None();
            logic = base;
            notices.accept(what + " I/O could not start: " + e.getMessage() + "; running without I/O");
            return false;
        }
    }

    /** Closes the open I/O, if any. Stepping thread. */
    void close() {
        CellIo open = io;
        if (open != null) {
            io = null;
            open.close();
        }
    }

    /** The mode and the calls in flight right now. Any thread. */
    IoStatus status() {
        CellIo open = io;
        CellIoMode m = mode;
        if (open == null) {
            return IoStatus.NONE;
        }
        return new IoStatus(m.name(), m.latencyNanos(), open.meter().current(), open.meter().peak(),
                open.waitingCalls(), open.busyConnections());
    }
}
