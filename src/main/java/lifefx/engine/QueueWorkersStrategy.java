package lifefx.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import lifefx.life.CellLogic;
import lifefx.life.Grid;

/**
 * {@code queue}: the article's queue pipeline. K long-lived worker threads take cell jobs from an
 * input {@link BlockingQueue}, run the cell logic and put each result on an output queue; the
 * caller counts each cell's neighbours, feeds the jobs, and collects exactly one result per cell
 * from the output queue (fan-in) before it builds the grid.
 *
 * <p>Jobs and results are tagged with their generation's {@link Round}. A cancelled round's jobs
 * are drained from the input queue and any result a worker still produces for it is dropped by
 * the next round's collector, so nothing of a cancelled generation is ever published.
 *
 * <p><b>Threading:</b> the workers are platform threads started on the first step and ended by
 * {@link #close} (the sticky closed flag, then an interrupt, then join). A round that fails or is
 * cancelled is waited for on its {@link TaskGate} (a {@code Phaser}), not by spinning. Only the caller thread writes
 * the builder. <b>Memory visibility:</b> a {@code BlockingQueue} hand-off happens-before the taker
 * sees the element (see "Memory consistency effects" in {@code BlockingQueue}): jobs carry an
 * immutable grid to the workers, and results carry each cell's value back to the caller.
 */
public final class QueueWorkersStrategy implements GenerationStrategy {

    public static final String NAME = "queue";

    /**
     * Most jobs a worker takes from the input queue in one go (and results it hands back in one
     * go): each job is still one cell, but the queues' locks are taken once per batch.
     */
    private static final int TAKE_BATCH = 64;

    /** Most jobs fed but not yet collected. */
    static final int WINDOW = 1 << 16;

    /** One generation's shared context; jobs and results point at it. */
    private static final class Round {
        final CellLogic logic;
        /**
         * Jobs a worker takes in one go. For pure logic a job is nanoseconds of work, and taking
         * {@link #TAKE_BATCH} at once saves lock traffic; for logic that blocks (I/O) a worker takes
         * one job at a time, so no worker sits on a private backlog while others are idle.
         */
        final int batch;
        /** Sticky: set before any worker is interrupted for this round. */
        volatile boolean cancelled;
        /** Workers inside a cell call of this round; a canceller waits on it. */
        final TaskGate gate = new TaskGate();
        /** Null unless the schedule map is open; workers record each cell they compute. */
        final ScheduleRecorder recorder;

        Round(CellLogic logic, ScheduleRecorder recorder) {
            this.logic = logic;
            this.recorder = recorder;
            this.batch = logic.pureRule() != null ? TAKE_BATCH : 1;
        }
    }

    /** One cell to compute: its state and neighbour count, counted by the feeder as in the article. */
    private record Job(Round round, int index, boolean alive, int neighbours) {
    }

    /** One cell's next state, or the failure of its logic. */
    private record Result(Round round, int index, boolean alive, Throwable failure) {
    }

    private final int workerCount;
    private final BlockingQueue<Job> in = new LinkedBlockingQueue<>();
    private final BlockingQueue<Result> out = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private final StepGuard guard = new StepGuard(NAME);
    private Worker[] workers;

    public QueueWorkersStrategy(StrategyConfig config) {
        this.workerCount = config.threads();
    }

    @Override
    public String name() {
        return NAME;
    }

    private void ensureWorkers() {
        synchronized (lock) {
            if (guard.closing()) {
                throw new IllegalStateException(NAME + " is closed");
            }
            if (workers != null) {
                return;
            }
            workers = new Worker[workerCount];
            for (int i = 0; i < workerCount; i++) {
                workers[i] = new Worker("lifefx-queue-worker-" + (i + 1));
                workers[i].thread.start();
            }
        }
    }

    /**
     * One long-lived worker. {@code busyWith} names the round whose job it is running, so that a
     * cancelling caller knows whom to interrupt. The worker publishes {@code busyWith} and enters
     * the round's {@link TaskGate} before it reads {@code round.cancelled}, and the canceller sets
     * {@code cancelled} before it reads {@code busyWith}; all are volatile or synchronising, so
     * either the canceller sees the worker (and interrupts it, and waits for it on the gate) or the
     * worker sees the cancel (and skips the job). No job of a cancelled round starts unseen.
     */
    private final class Worker {
        final Thread thread;
        volatile Round busyWith;

        Worker(String name) {
            thread = new Thread(this::run, name);
            thread.setDaemon(true);
        }

        /** Runs on this worker's thread until close(). Interrupts from a cancel are absorbed. */
        private void run() {
            List<Job> batch = new ArrayList<>(TAKE_BATCH);
            List<Result> done = new ArrayList<>(TAKE_BATCH);
            while (!guard.closing()) {
                Job first;
                try {
                    first = in.take();
                } catch (InterruptedException e) {
                    continue; // a cancel or close(): re-check closed
                }
                batch.add(first);
                in.drainTo(batch, first.round().batch - 1);
                for (Job job : batch) {
                    Round round = job.round();
                    busyWith = round;
                    if (!round.gate.enter()) {
                        busyWith = null;
                        continue; // the round is over and waited for: its job is stale
                    }
                    try {
                        // Drop an interrupt left over from an earlier round's cancel; a cancel of
                        // this round sets `cancelled` before it interrupts, so it is not lost.
                        Thread.interrupted();
                        if (!round.cancelled && !guard.closing()) {
                            Result r = runJob(round, job);
                            if (r != null) {
                                done.add(r);
                            }
                        }
                    } finally {
                        round.gate.exit();
                        busyWith = null;
                    }
                }
                out.addAll(done); // unbounded: never blocks
                done.clear();
                batch.clear();
            }
        }

        /** One job's result, or null when its round was cancelled under it. */
        private Result runJob(Round round, Job job) {
            try {
                boolean alive = round.logic.next(job.alive(), job.neighbours());
                if (round.recorder != null) {
                    round.recorder.cell(job.index());
                }
                return new Result(round, job.index(), alive, null);
            } catch (InterruptedException e) {
                if (round.cancelled || guard.closing()) {
                    return null;
                }
                return new Result(round, job.index(), false, e);
            } catch (Throwable e) {
                return new Result(round, job.index(), false, e);
            }
        }
    }

    @Override
    public Grid step(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        return guard.step(current, logic, () -> compute(current, logic));
    }

    /** The generation after {@code current}. Stepping thread only. */
    private Grid compute(Grid current, CellLogic logic) throws InterruptedException, StepFailedException {
        CellSweep.checkInterrupt();
        ensureWorkers();
        int w = current.width();
        int cells = current.size().cells();
        Grid.Builder next = new Grid.Builder(current.size());
        Round round = new Round(logic, ScheduleRecorder.active());
        FlightEvents.TaskBatchEvent batch = FlightEvents.beginBatch();
        try {
            int fed = 0;
            int collected = 0;
            List<Result> results = new ArrayList<>(TAKE_BATCH * 16 + 1);
            while (collected < cells) {
                // Keep at most WINDOW jobs outstanding, so a huge grid never queues every cell at once.
                while (fed < cells && fed - collected < WINDOW) {
                    in.put(new Job(round, fed, current.cellAt(fed) != 0, current.liveNeighbours(fed / w, fed % w)));
                    fed++;
                }
                // Take one result, waiting if need be, then whatever else is already there: one
                // lock round trip per batch instead of one per cell.
                results.add(out.take());
                out.drainTo(results, TAKE_BATCH * 16);
                for (Result r : results) {
                    if (r.round() != round) {
                        continue; // left over from a cancelled generation
                    }
                    if (r.failure() != null) {
                        cancel(round);
                        throw StepFailedException.fromCell(NAME, current.generation(), r.failure());
                    }
                    next.set(r.index(), r.alive());
                    collected++;
                }
                results.clear();
            }
        } catch (InterruptedException e) {
            cancel(round);
            throw e;
        }
        FlightEvents.endBatch(batch, NAME, current.generation() + 1, 0, cells, workerCount);
        return next.build(current.generation() + 1);
    }

    /**
     * Cancels a round: its queued jobs are removed, workers running one of its jobs are interrupted,
     * and this waits on the round's {@link TaskGate}, uninterruptibly, until no worker is inside a
     * cell call of it any more. Stepping thread only.
     */
    private void cancel(Round round) {
        round.cancelled = true;
        in.removeIf(job -> job.round() == round);
        Worker[] ws;
        synchronized (lock) {
            ws = workers;
        }
        if (ws != null) {
            for (Worker w : ws) {
                if (w.busyWith == round) {
                    w.thread.interrupt();
                }
            }
        }
        round.gate.close();
    }

    /**
     * Cancels a step in flight (see {@link StepGuard}), then ends the workers: each is interrupted
     * out of its {@code take} or its cell call and sees the closed flag; this joins them all. Any
     * thread; idempotent.
     */
    @Override
    public void close() {
        Worker[][] ws = new Worker[1][];
        guard.close(() -> {
            synchronized (lock) {
                ws[0] = workers;
                workers = null;
            }
            in.clear();
            if (ws[0] != null) {
                for (Worker w : ws[0]) {
                    w.thread.interrupt();
                }
            }
        });
        if (ws[0] == null) {
            return;
        }
        Thread[] threads = new Thread[ws[0].length];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = ws[0][i].thread;
        }
        Joins.joinUninterruptibly(threads, threads.length);
        in.clear();
        out.clear();
    }
}
