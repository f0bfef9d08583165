package lifefx.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lifefx.cellio.CellIoMode;
import lifefx.cellio.DurationText;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.sim.Race;
import lifefx.sim.RaceProgress;
import lifefx.sim.RaceResult;
import lifefx.sim.RaceSetup;
import lifefx.sim.Snapshot;

/**
 * The race view's model: the setup form as text properties with a one-line error per field, the
 * race it starts, and what the view shows of it (the newest {@link RaceProgress}, then the {@link
 * RaceResult}). Properties and commands only, no nodes; {@link RaceView} binds to it. FX thread
 * only: the race runs on its own thread ({@link Race}), and {@link #pulse()} reads its newest
 * progress once per frame, never per generation.
 */
final class RaceModel {

    /** Start from a random soup of a size, or from the cells of the window's document. */
    enum Start { SOUP, DOCUMENT }

    private final Supplier<Snapshot> document;
    private final Race.LaneFactory lanes;
    private final Map<String, BooleanProperty> chosen = new LinkedHashMap<>();
    private final ObservableList<String> baselines = FXCollections.observableArrayList();
    private final ObjectProperty<String> baseline = new SimpleObjectProperty<>(this, "baseline");
    private final ObjectProperty<Start> start = new SimpleObjectProperty<>(this, "start", Start.SOUP);
    private final StringProperty size = new SimpleStringProperty(this, "size", "200x320");
    private final StringProperty soup = new SimpleStringProperty(this, "soup", "0.3:42");
    private final ObjectProperty<String> ioMode = new SimpleObjectProperty<>(this, "ioMode", CellIoMode.None.NAME);
    private final StringProperty latency = new SimpleStringProperty(this, "latency", "1ms");
    private final StringProperty threads = new SimpleStringProperty(this, "threads", "2");
    private final StringProperty generations = new SimpleStringProperty(this, "generations", "100");

    private final ReadOnlyStringWrapper strategiesError = new ReadOnlyStringWrapper(this, "strategiesError", "");
    private final ReadOnlyStringWrapper sizeError = new ReadOnlyStringWrapper(this, "sizeError", "");
    private final ReadOnlyStringWrapper soupError = new ReadOnlyStringWrapper(this, "soupError", "");
    private final ReadOnlyStringWrapper latencyError = new ReadOnlyStringWrapper(this, "latencyError", "");
    private final ReadOnlyStringWrapper threadsError = new ReadOnlyStringWrapper(this, "threadsError", "");
    private final ReadOnlyStringWrapper generationsError = new ReadOnlyStringWrapper(this, "generationsError", "");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper(this, "startError", "");
    private final ReadOnlyStringWrapper setupError = new ReadOnlyStringWrapper(this, "setupError", "");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<RaceProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyObjectWrapper<RaceResult> result = new ReadOnlyObjectWrapper<>(this, "result");

    private Race race;
    private Form valid;
    /** Set while {@link #validate()} changes the baselines, whose listeners would check the form again. */
    private boolean validating;

    /**
     * @param document the window's current document, for "start from the current document"
     *                 (read when the race starts and when the form is checked)
     * @param strategy the window's strategy, chosen at first beside {@code sequential} and {@code packed}
     */
    RaceModel(Supplier<Snapshot> document, String strategy) {
        this(document, strategy, Race.TORUS);
    }

    /** As above, its lanes made by {@code lanes} (tests race a strategy broken on purpose). */
    RaceModel(Supplier<Snapshot> document, String strategy, Race.LaneFactory lanes) {
        this.document = Objects.requireNonNull(document);
        this.lanes = Objects.requireNonNull(lanes);
        for (String name : StrategyRegistry.names()) {
            boolean on = name.equals("sequential") || name.equals("packed") || name.equals(strategy);
            BooleanProperty p = new SimpleBooleanProperty(this, name, on);
            chosen.put(name, p);
            p.addListener((o, a, b) -> validate());
        }
        baseline.set("sequential");
        for (var p : List.of(size, soup, latency, threads, generations)) {
            p.addListener((o, a, b) -> validate());
        }
        start.addListener((o, a, b) -> validate());
        ioMode.addListener((o, a, b) -> validate());
        baseline.addListener((o, a, b) -> validate());
        validate();
    }

    // ---- The form -----------------------------------------------------------------------------

    /** Whether {@code strategy} races; one property per registered strategy, in registry order. */
    BooleanProperty chosenProperty(String strategy) {
        return chosen.get(strategy);
    }

    /** The strategies chosen, in registry order. */
    List<String> chosenStrategies() {
        return chosen.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /** The baselines to choose from: the chosen strategies. */
    ObservableList<String> baselines() {
        return baselines;
    }

    ObjectProperty<String> baselineProperty() {
        return baseline;
    }

    ObjectProperty<Start> startProperty() {
        return start;
    }

    StringProperty sizeProperty() {
        return size;
    }

    StringProperty soupProperty() {
        return soup;
    }

    ObjectProperty<String> ioModeProperty() {
        return ioMode;
    }

    StringProperty latencyProperty() {
        return latency;
    }

    StringProperty threadsProperty() {
        return threads;
    }

    StringProperty generationsProperty() {
        return generations;
    }

    ReadOnlyStringProperty strategiesErrorProperty() {
        return strategiesError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty sizeErrorProperty() {
        return sizeError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty soupErrorProperty() {
        return soupError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty latencyErrorProperty() {
        return latencyError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty threadsErrorProperty() {
        return threadsError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty generationsErrorProperty() {
        return generationsError.getReadOnlyProperty();
    }

    /** Why the current document cannot be the start (it is on the unbounded plane), or empty. */
    ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    /** What is wrong with the setup as a whole (for example the I/O would wait too long), or empty. */
    ReadOnlyStringProperty setupErrorProperty() {
        return setupError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The newest progress of the race started last, or null before the first. */
    ReadOnlyObjectProperty<RaceProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The result of the race started last, once it has ended (and closed everything); else null. */
    ReadOnlyObjectProperty<RaceResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Checks every field and sets each one's error; the setup is made only when all are fine. */
    void validate() {
        if (validating) {
            return;
        }
        List<String> names = chosenStrategies();
        if (!baselines.equals(names)) {
            // A choice box clears its value when its items are replaced: keep the baseline when it
            // still races, else take the first strategy, and check the form once at the end.
            String was = baseline.get();
            validating = true;
            try {
                baselines.setAll(names);
                baseline.set(names.contains(was) ? was : names.isEmpty() ? null : names.getFirst());
            } finally {
                validating = false;
            }
        }
        strategiesError.set(names.isEmpty() ? "choose at least one strategy" : "");
        Optional<GridSize> gridSize = Optional.empty();
        if (start.get() == Start.SOUP) {
            Optional<String> why = LifeModel.sizeError(size.get());
            sizeError.set(why.orElse(""));
            if (why.isEmpty()) {
                gridSize = Optional.of(GridSize.parse(size.get()));
            }
            soupError.set(soupError(soup.get()).orElse(""));
            startError.set("");
        } else {
            sizeError.set("");
            soupError.set("");
            Snapshot s = document.get();
            startError.set(s == null ? "the document is not loaded yet"
                    : s.torusSize().isEmpty() ? "the document is on the unbounded plane: switch it to a torus first (U)"
                    : "");
        }
        boolean io = !CellIoMode.None.NAME.equals(ioMode.get());
        long latencyNanos = 0;
        if (io) {
            try {
                latencyNanos = DurationText.parseNanos(latency.get());
                CellIoMode.of(ioMode.get(), latencyNanos);
                latencyError.set("");
            } catch (IllegalArgumentException e) {
                latencyError.set(e.getMessage());
            }
        } else {
            latencyError.set("");
        }
        threadsError.set(intError(threads.get(), "threads", 1, StrategyConfig.MAX_THREADS).orElse(""));
        generationsError.set(intError(generations.get(), "generations", 1, RaceSetup.MAX_GENERATIONS).orElse(""));
        valid = null;
        setupError.set("");
        boolean fieldsOk = strategiesError.get().isEmpty() && sizeError.get().isEmpty() && soupError.get().isEmpty()
                && startError.get().isEmpty() && latencyError.get().isEmpty() && threadsError.get().isEmpty()
                && generationsError.get().isEmpty() && baseline.get() != null;
        if (fieldsOk) {
            try {
                valid = form(gridSize.orElse(null), io ? latencyNanos : 0);
            } catch (IllegalArgumentException e) {
                setupError.set(e.getMessage());
            }
        }
        canStart.set(valid != null && !running.get());
    }

    /**
     * Checks the setup as a whole (fields already checked one by one) without making its cells;
     * returns what {@link #start()} needs, or throws with the setup's one-line message.
     */
    private Form form(GridSize gridSize, long latencyNanos) {
        Snapshot doc = document.get();
        GridSize sz = start.get() == Start.SOUP ? gridSize : doc.torusSize().orElseThrow();
        CellIoMode io = CellIoMode.of(ioMode.get(), latencyNanos);
        int k = Integer.parseInt(threads.get().strip());
        int n = Integer.parseInt(generations.get().strip());
        RaceSetup.check(chosenStrategies(), baseline.get(), sz, io, k, n);
        return new Form(start.get(), sz, soup.get().strip(), io, k, n, chosenStrategies(), baseline.get());
    }

    /** A checked form: everything a race needs except its cells, which {@link #start()} makes. */
    private record Form(Start start, GridSize size, String soup, CellIoMode io, int threads, int generations,
                        List<String> strategies, String baseline) {
        RaceSetup toSetup(Snapshot doc) {
            Rule rule = doc == null ? Rule.CONWAY : doc.rule();
            Grid grid;
            String name;
            if (start == Start.SOUP) {
                String[] ds = soup.split(":");
                double density = Double.parseDouble(ds[0].strip());
                long seed = ds.length > 1 ? Long.parseLong(ds[1].strip()) : 1;
                grid = Grids.random(size, density, seed, 0);
                name = "soup " + density + ":" + seed + " on " + size;
            } else {
                grid = doc.grid();
                name = "the document's " + grid.size() + " torus";
            }
            return new RaceSetup(strategies, baseline, grid, name, rule, io, threads, generations);
        }
    }

    /** Why {@code text} is not {@code DENSITY[:SEED]}, or empty. */
    static Optional<String> soupError(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of("empty soup: expected DENSITY[:SEED], for example 0.3:42");
        }
        String[] parts = t.split(":", -1);
        if (parts.length > 2) {
            return Optional.of("bad soup '" + t + "': expected DENSITY[:SEED], for example 0.3:42");
        }
        double d;
        try {
            d = Double.parseDouble(parts[0].strip());
        } catch (NumberFormatException e) {
            return Optional.of("bad soup '" + t + "': the density '" + parts[0].strip() + "' is not a number");
        }
        if (!(d >= 0 && d <= 1)) {
            return Optional.of("bad soup '" + t + "': the density must be from 0 to 1, got " + parts[0].strip());
        }
        if (parts.length == 2) {
            try {
                Long.parseLong(parts[1].strip());
            } catch (NumberFormatException e) {
                return Optional.of("bad soup '" + t + "': the seed '" + parts[1].strip() + "' is not a whole number");
            }
        }
        return Optional.empty();
    }

    /** Why {@code text} is not a whole number from {@code min} to {@code max}, or empty. */
    static Optional<String> intError(String text, String what, int min, int max) {
        String t = text == null ? "" : text.strip();
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            return Optional.of(what + ": '" + t + "' is not a whole number");
        }
        if (v < min || v > max) {
            return Optional.of(String.format(Locale.ROOT, "%s must be from %,d to %,d, got %s", what, min, max, t));
        }
        return Optional.empty();
    }

    // ---- The race -----------------------------------------------------------------------------

    /** Starts a race of the form's setup; does nothing when the form has an error or one runs. */
    void start() {
        validate();
        if (valid == null || running.get()) {
            return;
        }
        RaceSetup s;
        try {
            s = valid.toSetup(document.get());
        } catch (RuntimeException e) {
            // The document changed since the form was checked (for example to the plane).
            setupError.set(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        result.set(null);
        race = Race.start(s, lanes);
        progress.set(race.progress());
        running.set(true);
        canStart.set(false);
    }

    /** Cancels the race, if one runs; it ends (and {@link #resultProperty()} is set) on a later pulse. */
    void cancel() {
        if (race != null) {
            race.cancel();
        }
    }

    /** The race running now, or the last one, or null (for tests). */
    Race race() {
        return race;
    }

    /** Reads the race's newest progress; called once per frame. */
    void pulse() {
        if (race == null || !running.get()) {
            return;
        }
        RaceProgress p = race.progress();
        if (p != progress.get()) {
            progress.set(p);
        }
        RaceResult r = race.result().getNow(null);
        if (r != null) {
            progress.set(race.progress());
            result.set(r);
            running.set(false);
            validate();
        }
    }

    /** Cancels the race, if one runs, and returns at once: for closing the window. */
    void dispose() {
        cancel();
    }

    /** One line for a lane's numbers: {@code 1.23 ms/gen · 813 gen/s}. */
    static String[] laneNumbers(RaceProgress.Lane l) {
        if (l.done() == 0) {
            return new String[] {"–", "–"};
        }
        return new String[] {time(l.msPerGeneration()) + "/gen",
                String.format(Locale.ROOT, "%,.1f gen/s", l.generationsPerSecond())};
    }

    /** Lines for the result under the chart: per lane the median, IQR, range and ratio to the baseline. */
    static List<String> resultLines(RaceResult r) {
        List<String> out = new ArrayList<>();
        for (RaceResult.LaneResult l : r.lanes()) {
            if (l.millis().isEmpty()) {
                out.add(l.strategy() + ": no generation completed");
                continue;
            }
            out.add(String.format(Locale.ROOT, "%s: median %s (IQR %s–%s, range %s–%s), %d gens; %s",
                    l.strategy(), time(l.millis().median()), time(l.millis().q1()), time(l.millis().q3()),
                    time(l.millis().min()), time(l.millis().max()), l.generations(), ratioText(r, l)));
        }
        return out;
    }

    /** Milliseconds in three digits, as seconds from 1000 ms on: {@code 0.147 ms}, {@code 5.39 s}. */
    static String time(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.3g s", ms / 1000) : String.format(Locale.ROOT, "%.3g ms", ms);
    }

    /**
     * {@code 0.12× sequential's time (IQR 0.10–0.14)}: the median over the generations of this
     * lane's time divided by the baseline's in the same generation; or {@code baseline}.
     */
    static String ratioText(RaceResult r, RaceResult.LaneResult l) {
        if (l.strategy().equals(r.setup().baseline())) {
            return "baseline";
        }
        if (l.ratio().isEmpty()) {
            return "no ratio";
        }
        return String.format(Locale.ROOT, "%.3g× %s's time (IQR %.3g–%.3g)", l.ratio().median(), r.setup().baseline(),
                l.ratio().q1(), l.ratio().q3());
    }
}
