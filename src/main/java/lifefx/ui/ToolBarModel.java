package lifefx.ui;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lifefx.cellio.DurationText;
import lifefx.life.Rule;

/**
 * The toolbar's model: play state, speed, strategy, threads, rule, cell I/O and the panel toggles,
 * as read-only properties, with the commands that change them. No nodes; {@link ToolBarView} binds
 * to it. Buttons run their command through the window's {@link Commands}. FX thread only.
 *
 * <p>What the pickers show follows the simulation's snapshots (through {@link LifeModel}), so they
 * always say what runs. A choice is always sent: the snapshot copied at the last pulse may be
 * older than a choice made a moment ago (Page Down, then Page Up before the next pulse), so
 * comparing with it could drop the last choice. While a strategy choice is on its way, older
 * snapshots do not move the strategy picker back; once the simulation has applied every choice,
 * the picker shows what it runs.
 */
final class ToolBarModel {

    /** Latency on the slider's scale: log10 of microseconds, from 1 (10 µs) to 5 (100 ms). */
    static final double MIN_LATENCY_EXPONENT = 1;
    static final double MAX_LATENCY_EXPONENT = 5;

    private final LifeModel model;
    private final Commands commands;
    private final ReadOnlyObjectWrapper<StrategyChoice> strategy = new ReadOnlyObjectWrapper<>(this, "strategy");
    private final ReadOnlyStringWrapper ruleError = new ReadOnlyStringWrapper(this, "ruleError", "");
    private final ReadOnlyStringWrapper ioMode = new ReadOnlyStringWrapper(this, "ioMode");
    private final ReadOnlyDoubleWrapper latencyExponent = new ReadOnlyDoubleWrapper(this, "latencyExponent", 3);
    private final ReadOnlyStringWrapper latencyText = new ReadOnlyStringWrapper(this, "latencyText");
    private final StringBinding playText;
    private final BooleanBinding threadsDisabled;
    private final BooleanBinding latencyDisabled;
    /** Strategy choices sent to the simulation and not yet applied by it. */
    private int pendingStrategies;

    ToolBarModel(LifeModel model, Commands commands) {
        this.model = Objects.requireNonNull(model);
        this.commands = Objects.requireNonNull(commands);
        strategy.set(StrategyChoice.get(model.strategyProperty().get()));
        model.strategyProperty().addListener((o, a, b) -> {
            if (pendingStrategies == 0) {
                strategy.set(StrategyChoice.get(b));
            }
        });
        ioMode.set(model.ioModeProperty().get());
        model.ioModeProperty().addListener((o, a, b) -> ioMode.set(b));
        latencyText.set(DurationText.format(latencyNanos()));
        playText = Bindings.when(model.runningProperty()).then("Pause").otherwise("Play");
        threadsDisabled = Bindings.createBooleanBinding(() -> strategy.get() == null || !strategy.get().usesThreads(),
                strategy);
        latencyDisabled = ioMode.isEqualTo("none");
    }

    // ---- Properties ----------------------------------------------------------------------------

    /** "Play" or "Pause": what the play button does now. */
    StringBinding playTextProperty() {
        return playText;
    }

    ReadOnlyBooleanProperty canResetProperty() {
        return model.canResetProperty();
    }

    ReadOnlyObjectProperty<LifeModel.Speed> speedProperty() {
        return model.speedProperty();
    }

    /** The strategy the simulation runs (the registry's entry for it). */
    ReadOnlyObjectProperty<StrategyChoice> strategyProperty() {
        return strategy.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Integer> threadsProperty() {
        return model.threadsProperty();
    }

    /** True while the strategy uses no threads, so the threads control means nothing. */
    BooleanBinding threadsDisabledProperty() {
        return threadsDisabled;
    }

    ReadOnlyObjectProperty<Rule> ruleProperty() {
        return model.ruleProperty();
    }

    /** Why the rule being typed is not a rule, or empty. */
    ReadOnlyStringProperty ruleErrorProperty() {
        return ruleError.getReadOnlyProperty();
    }

    /** The cell I/O mode: what the simulation runs with, or what was just chosen. */
    ReadOnlyStringProperty ioModeProperty() {
        return ioMode.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty latencyExponentProperty() {
        return latencyExponent.getReadOnlyProperty();
    }

    /** The latency as text, such as {@code 1ms}. */
    ReadOnlyStringProperty latencyTextProperty() {
        return latencyText.getReadOnlyProperty();
    }

    BooleanBinding latencyDisabledProperty() {
        return latencyDisabled;
    }

    ReadOnlyBooleanProperty overlayVisibleProperty() {
        return model.overlayVisibleProperty();
    }

    ReadOnlyBooleanProperty chartVisibleProperty() {
        return model.chartVisibleProperty();
    }

    ReadOnlyBooleanProperty libraryVisibleProperty() {
        return model.libraryVisibleProperty();
    }

    static List<LifeModel.Speed> speeds() {
        return LifeModel.SPEEDS;
    }

    static List<StrategyChoice> strategies() {
        return StrategyChoice.all();
    }

    static List<String> ioModes() {
        return LifeModel.ioModes();
    }

    static int maxThreads() {
        return LifeModel.maxThreads();
    }

    // ---- Commands ------------------------------------------------------------------------------

    /** Runs a window command, as its key does. */
    void run(Shortcut s) {
        commands.run(s);
    }

    /** Called by the view for a user's choice only, never to echo the model. */
    void chooseSpeed(LifeModel.Speed s) {
        if (s != null && s != model.speedProperty().get()) {
            model.setSpeed(s);
        }
    }

    /**
     * Switches to {@code e} at the next generation boundary. The last choice wins: the picker shows
     * it at once and keeps showing it while the simulation catches up.
     */
    void chooseStrategy(StrategyChoice e) {
        if (e == null) {
            return;
        }
        strategy.set(e);
        pendingStrategies++;
        model.setStrategy(e.name());
        // The flush completes on the simulation's thread once this choice (and every command before
        // it) has been applied; its snapshot says what runs now.
        model.simulation().flush().whenComplete((s, failure) -> Platform.runLater(() -> {
            pendingStrategies--;
            if (pendingStrategies == 0) {
                strategy.set(StrategyChoice.get(s != null ? s.strategy() : model.strategyProperty().get()));
            }
        }));
    }

    /** The next (+1) or previous (-1) strategy in the registry's order, wrapping round. */
    void cycleStrategy(int direction) {
        List<StrategyChoice> all = StrategyChoice.all();
        int i = all.indexOf(strategy.get());
        chooseStrategy(all.get(Math.floorMod(i + direction, all.size())));
    }

    /** Uses {@code n} threads (clamped to 1..{@link #maxThreads()}) from the next generation on. */
    void chooseThreads(Integer n) {
        if (n != null) {
            model.setThreads(Math.clamp(n, 1, maxThreads()));
        }
    }

    /** One thread more (+1) or fewer (-1), within 1 and {@link #maxThreads()}. */
    void changeThreads(int direction) {
        chooseThreads(Math.clamp((long) model.threadsProperty().get() + direction, 1, maxThreads()));
    }

    /** Checks rule text as it is typed: sets {@link #ruleErrorProperty()}; returns whether it is a rule. */
    boolean checkRule(String text) {
        String why = LifeModel.ruleError(text).orElse("");
        ruleError.set(why);
        return why.isEmpty();
    }

    /** Applies rule text when it is a rule that is not already the one running; else nothing. */
    void applyRule(String text) {
        if (checkRule(text) && !Rule.parse(text).equals(model.ruleProperty().get())) {
            model.setRule(text);
        }
    }

    /** Chooses a cell I/O mode ({@code none}, {@code latency}, {@code socket}) with the slider's latency. */
    void chooseIoMode(String mode) {
        if (mode == null) {
            return;
        }
        ioMode.set(mode);
        model.setIo(mode, latencyNanos());
    }

    /** The next cell I/O mode, wrapping round. */
    void cycleIoMode() {
        List<String> modes = ioModes();
        chooseIoMode(modes.get((modes.indexOf(ioMode.get()) + 1) % modes.size()));
    }

    /**
     * Moves the latency to {@code exponent} (log10 of microseconds); with {@code apply}, the
     * simulation gets it too (the slider applies once it is let go, not on every move).
     */
    void setLatency(double exponent, boolean apply) {
        latencyExponent.set(Math.clamp(exponent, MIN_LATENCY_EXPONENT, MAX_LATENCY_EXPONENT));
        latencyText.set(DurationText.format(latencyNanos()));
        if (apply) {
            model.setIo(ioMode.get(), latencyNanos());
        }
    }

    /** The slider's latency in nanoseconds, rounded to whole microseconds. */
    long latencyNanos() {
        return Math.round(Math.pow(10, latencyExponent.get())) * 1_000L;
    }
}
