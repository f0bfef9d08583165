package lifefx.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lifefx.analysis.Identification;
import lifefx.analysis.Identify;
import lifefx.analysis.UniverseCopies;
import lifefx.sim.Snapshot;
import lifefx.universe.Universe;

/**
 * Run → Identify's model: identifies the cells of one {@link Snapshot} on a virtual thread of its own,
 * on a copy of the universe ({@link UniverseCopies}), so neither the simulation nor the FX thread ever
 * waits for it; {@link #cancel()} interrupts it. Properties and commands only; {@link IdentifyView}
 * shows it. Properties change on the FX thread only; {@link #generationsRun()} may be read on any
 * thread (a view reads it once per frame while running).
 */
final class IdentifyModel {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Identification> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final AtomicLong generations = new AtomicLong();
    private final long limit;
    private Thread worker;
    /** Counts the runs, so that a cancelled run's late answer is dropped. */
    private long runs;

    /** A model that gives up after {@code limit} generations. */
    IdentifyModel(long limit) {
        this.limit = limit;
    }

    /** Starts identifying the cells of {@code s}, cancelling a run in progress. FX thread. */
    void start(Snapshot s) {
        Objects.requireNonNull(s, "s");
        cancel();
        long run = ++runs;
        result.set(null);
        error.set("");
        generations.set(0);
        running.set(true);
        worker = Thread.ofVirtual().name("lifefx-identify").start(() -> {
            Identification found = null;
            String failure = null;
            try (Universe copy = UniverseCopies.of(s.cells(), s.topology(), s.rule())) {
                found = Identify.run(copy, limit, generations::set);
            } catch (InterruptedException e) {
                return;
            } catch (Exception | OutOfMemoryError e) {
                failure = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            Identification f = found;
            String why = failure;
            Platform.runLater(() -> {
                if (run == runs) {
                    result.set(f);
                    error.set(why == null ? "" : why);
                    running.set(false);
                }
            });
        });
    }

    /** Stops the run in progress, if any; its answer is never shown. FX thread. */
    void cancel() {
        runs++;
        if (worker != null) {
            worker.interrupt();
            worker = null;
        }
        running.set(false);
    }

    /** The identifying thread of the run in progress, or null (for tests that check it ends). */
    Thread worker() {
        return worker;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the last finished run found, or null. */
    ReadOnlyObjectProperty<Identification> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last run failed (one line), or empty. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Generations the run in progress has computed; any thread. */
    long generationsRun() {
        return generations.get();
    }

    long limit() {
        return limit;
    }

    /** The default limit, {@link Identify#DEFAULT_MAX}. */
    static IdentifyModel withDefaultLimit() {
        return new IdentifyModel(Identify.DEFAULT_MAX);
    }
}
