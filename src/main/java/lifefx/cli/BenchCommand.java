package lifefx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import lifefx.bench.ArticleFigures;
import lifefx.bench.Bench;
import lifefx.bench.BenchCase;
import lifefx.bench.BenchPlots;
import lifefx.bench.BenchReport;
import lifefx.bench.BenchResult;
import lifefx.bench.BenchSummary;
import lifefx.bench.ScalingResult;
import lifefx.bench.UniverseCase;
import lifefx.bench.UniverseResult;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StepFailedException;
import lifefx.engine.PackedStrategy;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Grids;
import lifefx.life.Rule;
import lifefx.pattern.Pattern;
import lifefx.pattern.Placement;
import lifefx.plot.ChartRenderer;
import lifefx.plot.Plot;
import lifefx.universe.UniverseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times each chosen torus strategy on the same start grid (the article's glider, a
 * random soup with {@code --soup}, or a pattern file with {@code --pattern FILE}) and prints
 * seconds, the median milliseconds per generation and cell updates per second, beside the
 * article's Python seconds; then, for {@code hashlife}, times patterns taken far on the unbounded
 * universe (median, fastest and slowest of several fresh runs). {@code --pattern} is read by its
 * shape: {@code PATTERN@N} is a hashlife row, a value without {@code @} is the torus rows' start.
 * {@code --scaling} is a mode of its own: each named strategy over square soups from 64×64,
 * doubling, until a size takes the time budget, the heap refuses, or {@code --scaling-max}.
 * {@code --repeat N} runs the torus rows in rounds and reports {@link BenchSummary}s; {@code
 * --latency-sweep} repeats them for each latency; {@code --plot} hands {@link BenchPlots}' chart to
 * the {@link ChartRenderer} that {@code lifefx.Main} gave {@link LifeCli}.
 * Progress goes to stderr; the report to stdout. Runs on the calling thread.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times the strategies against each other from the same start cells.",
                "The defaults repeat the experiment of the Python article LifeFX started from (Conway's Life run with"
                        + " threads, a queue, a ThreadPoolExecutor and asyncio coroutines on a wrapping grid): its grids"
                        + " 500x900 and 50x90, its glider at the top-left, 100 steps, 5 threads, every strategy.",
                "ms/step is the median of the timed generations; seconds is their sum.",
                "hashlife rows run on the unbounded universe instead: each --pattern taken to its generation in one"
                        + " jump, --warmup untimed runs then --runs timed ones, each on a fresh universe; the table gives"
                        + " the median seconds and the fastest and slowest run.",
                "The torus rows start from the article's glider, or a random soup (--soup), or a pattern (--pattern FILE,"
                        + " placed as 'run' places it: on its own :T torus, or centred on each --grid, or on its box with a"
                        + " margin). --pattern NAME@N is a hashlife row; --pattern NAME (no @) is the torus start.",
                "--scaling a,b,... times each strategy alone, stepping a torus as 'run' does (packed keeps its bit words),"
                        + " on square random soups 64x64, 128x128, ... doubling until"
                        + " one size takes more than --scaling-budget seconds, the heap cannot hold the next, or"
                        + " --scaling-max; per size a warm-up, then timed generations (about a second's worth, at least 5)"
                        + " and their median, as ns per cell update and cell updates per second.",
                "--repeat N runs the torus rows in N rounds and reports per strategy the median, min and max of the"
                        + " rounds, the speed-up against --baseline taken round by round, and the warm-up;"
                        + " --latency-sweep times them across I/O latencies; --plot FILE.png draws the results"
                        + " (no display needed)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--grid", paramLabel = "HxW", converter = Converters.GridSizeConverter.class,
            description = "a torus to time on; repeat for several (default: 500x900 and 50x90)")
    List<GridSize> grids = new ArrayList<>();

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100", description = "timed generations (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--threads", paramLabel = "K", defaultValue = "5", description = "threads or bands (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--strategies", paramLabel = "a,b,...", split = ",", converter = Converters.StrategyConverter.class,
            description = "strategies to time (default: all, see 'lifefx strategies'); hashlife's rows run on the "
                    + "unbounded universe, the others on --grid")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "untimed generations first, per strategy; for hashlife, untimed runs (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--pattern", paramLabel = "PATTERN[@N]",
            description = "with @N, a hashlife row: a pattern file or built-in name, @, the generation to reach (N or 2^k);"
                    + " repeat for several (default: gosper-glider-gun@1000000000, rabbits@17331, acorn@5206)."
                    + " Without @, the torus rows' start (at most one): a pattern file or built-in name placed as 'run'"
                    + " places it (a :Tw,h file on its torus)")
    List<String> patterns = new ArrayList<>();

    @Option(names = "--soup", paramLabel = "DENSITY[:SEED]",
            description = "start the torus rows from a random soup: each cell alive with probability DENSITY (0..1),"
                    + " from generator seed SEED (default " + DEFAULT_SEED + "); --scaling's default is 0.35")
    String soup;

    @Option(names = "--scaling", paramLabel = "a,b,...", split = ",", converter = Converters.StrategyConverter.class,
            description = "time each torus strategy on square soups from 64x64 doubling upwards (instead of the rows above)")
    List<String> scaling = new ArrayList<>();

    @Option(names = "--scaling-max", paramLabel = "SIDE", defaultValue = "32768",
            description = "--scaling: largest side to try (default: ${DEFAULT-VALUE}, the largest torus)")
    int scalingMax;

    @Option(names = "--scaling-budget", paramLabel = "SECONDS", defaultValue = "60",
            description = "--scaling: a strategy's series ends after the first size that takes more than this in all"
                    + " (default: ${DEFAULT-VALUE}); the timed part of each size aims at a thirtieth of it, at most 1 s")
    double scalingBudget;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "timed runs of each hashlife row (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "rounds: run every torus case N times, each round timing the strategies one after another"
                    + " (each round starting with a different one), and report per strategy the median, min and max"
                    + " of the rounds' median ms/step and the speed-up against --baseline, round by round"
                    + " (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "the strategy the others' speed-up is measured against, pair by pair within each round"
                    + " (default with --repeat or --latency-sweep: the first strategy)")
    String baseline;

    @Option(names = "--latency-sweep", paramLabel = "D1,D2,...", split = ",",
            converter = Converters.NanosConverter.class,
            description = "time the strategies with each cell call waiting each of these latencies in turn"
                    + " (--io latency, or socket if given), e.g. 0,100us,1ms,10ms; default grid 50x90")
    List<Long> latencySweep = new ArrayList<>();

    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "also draw the results as a chart into this PNG (no display needed): bars per strategy,"
                    + " the latency sweep, or with --scaling the scaling curves")
    java.nio.file.Path plot;

    @Option(names = "--plot-size", paramLabel = "WxH", defaultValue = "900x500",
            description = "--plot's size in pixels (default: ${DEFAULT-VALUE})")
    String plotSize;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, markdown, csv or json (default: ${DEFAULT-VALUE})")
    BenchReport.Format format;

    @Mixin
    IoOptions ioOptions = new IoOptions();

    /** Draws {@code --plot}; {@code lifefx.Main} provides it (JavaFX), else {@code --plot} is refused. */
    ChartRenderer charts;

    /** The default grid of {@code --latency-sweep}. */
    static final GridSize SWEEP_GRID = new GridSize(50, 90);

    @Override
    public Integer call() throws CliException, InterruptedException {
        LifeCli.config(threads);
        if (steps < 1) {
            throw CliException.usage("--steps must be at least 1, got " + steps);
        }
        if (warmup < 0) {
            throw CliException.usage("--warmup must be 0 or more, got " + warmup);
        }
        if (runs < 1) {
            throw CliException.usage("--runs must be at least 1, got " + runs);
        }
        if (repeat < 1) {
            throw CliException.usage("--repeat must be at least 1, got " + repeat);
        }
        int[] pixels = plot == null ? null : checkPlot();
        Soup soupValue = soup == null ? null : parseSoup(soup);
        List<String> torusPatterns = patterns.stream().filter(v -> v.indexOf('@') < 0).toList();
        List<String> hashlifePatterns = patterns.stream().filter(v -> v.indexOf('@') >= 0).toList();
        if (!scaling.isEmpty()) {
            if (repeat > 1 || baseline != null || !latencySweep.isEmpty()) {
                throw CliException.usage("--scaling times each size once, over many generations; drop "
                        + (repeat > 1 ? "--repeat" : baseline != null ? "--baseline" : "--latency-sweep"));
            }
            return scaling(soupValue, torusPatterns, pixels);
        }
        if (torusPatterns.size() > 1) {
            throw CliException.usage("--pattern " + torusPatterns.get(1) + ": the torus rows have one start, and --pattern "
                    + torusPatterns.get(0) + " is it already (hashlife rows are PATTERN@N)");
        }
        if (!torusPatterns.isEmpty() && soupValue != null) {
            throw CliException.usage("--soup " + soup + " and --pattern " + torusPatterns.get(0)
                    + " both give the torus rows' start; choose one");
        }
        if (!latencySweep.isEmpty() && ioOptions.latencyNanos != null) {
            throw CliException.usage("--latency-sweep sets the latencies; drop --latency");
        }
        CellIoMode io = ioOptions.mode();
        List<CellIoMode> ioModes = sweepModes(io);
        boolean sweep = !ioModes.isEmpty();
        if (!sweep) {
            ioModes = List.of(io);
        } else {
            io = ioModes.getFirst();
        }
        Pattern startPattern = torusPatterns.isEmpty() ? null : PatternSource.load(torusPatterns.get(0));
        List<GridSize> sizes = !grids.isEmpty() ? grids
                : sweep ? List.of(SWEEP_GRID) : List.of(ArticleFigures.LARGE, ArticleFigures.SMALL);
        if (startPattern != null) {
            sizes = patternSizes(startPattern, torusPatterns.get(0));
        }
        List<String> names = new ArrayList<>(strategies.isEmpty() ? StrategyRegistry.names() : strategies);
        boolean hashlife = strategies.isEmpty() || names.contains(StrategiesCommand.HASHLIFE);
        names.remove(StrategiesCommand.HASHLIFE);
        if (hashlife && !io.name().equals(CellIoMode.None.NAME)) {
            if (!strategies.isEmpty()) {
                throw CliException.usage("hashlife runs the unbounded universe, which calls no cell logic; --io "
                        + io.name() + " needs torus strategies");
            }
            hashlife = false; // every strategy by default: the I/O comparison is about the torus ones
        }
        if (startPattern != null && names.isEmpty()) {
            throw CliException.usage("--pattern " + torusPatterns.get(0) + " (no @N) is the torus rows' start, but only"
                    + " hashlife was chosen; for a hashlife row give PATTERN@N, e.g. " + torusPatterns.get(0) + "@1000");
        }
        boolean summary = repeat > 1 || baseline != null || sweep;
        String base = baseline;
        if (base != null && !names.contains(base)) {
            throw CliException.usage("--baseline " + base + ": not one of the torus strategies timed ("
                    + String.join(", ", names) + ")");
        }
        if (summary && base == null && !names.isEmpty()) {
            base = names.getFirst();
        }
        if (plot != null && names.isEmpty()) {
            throw CliException.usage("--plot draws the torus strategies' times, but only hashlife was chosen");
        }
        List<UniverseCase> unboundedCases = hashlife ? unboundedCases(hashlifePatterns) : List.of();
        PrintWriter err = spec.commandLine().getErr();
        printKernel(err, names);
        List<BenchResult> results = new ArrayList<>();
        boolean mismatch = false;
        for (GridSize size : names.isEmpty() ? List.<GridSize>of() : sizes) {
            Grid start;
            String what;
            if (startPattern != null) {
                Placement at = Placement.of(startPattern, grids.isEmpty() ? null : size, null);
                start = at.place(startPattern);
                what = "pattern " + torusPatterns.get(0) + " at row " + at.row() + ", column " + at.col();
            } else if (soupValue != null) {
                start = Grids.random(size, soupValue.density(), soupValue.seed(), 0);
                what = "soup of density " + soupValue.density() + ", seed " + soupValue.seed();
            } else {
                start = Bench.articleStart(size);
                what = "the article's glider";
            }
            err.println("bench: start on " + size + ": " + what + ", " + start.population() + " live cells");
            Grid expected = Bench.reference(start, warmup + steps);
            for (CellIoMode mode : ioModes) {
                for (int round = 0; round < repeat; round++) {
                    // Each round starts with another strategy, so none is always first (or last)
                    // when the machine's load drifts; summaries keep the first round's order.
                    for (int k = 0; k < names.size(); k++) {
                        String name = names.get((k + round) % names.size());
                        BenchCase c = new BenchCase(name, size, steps, warmup, threads, mode);
                        Optional<String> skip = Bench.skipReason(c);
                        if (skip.isPresent()) {
                            if (round == 0) {
                                err.println("bench: " + name + " " + size + " (" + Bench.describe(mode) + "): skipped: "
                                        + skip.get());
                                err.flush();
                                results.add(BenchResult.skipped(c, skip.get()));
                            }
                            continue;
                        }
                        err.print("bench: " + name + " " + size + " (" + Bench.describe(mode) + ")"
                                + (repeat > 1 ? " round " + (round + 1) + "/" + repeat : "") + " ... ");
                        err.flush();
                        BenchResult r;
                        try {
                            r = Bench.run(c, start, expected).inRound(round);
                        } catch (StepFailedException | IOException e) {
                            err.println();
                            throw CliException.failure(name + " " + size + ": " + LifeCli.oneLine(e.getMessage()));
                        }
                        err.println(String.format(Locale.ROOT, "%.3f s", r.seconds()));
                        err.flush();
                        mismatch |= !r.matchesSequential();
                        results.add(r);
                    }
                }
            }
        }
        List<UniverseResult> unbounded = new ArrayList<>();
        for (UniverseCase c : unboundedCases) {
            err.print("bench: hashlife " + c.pattern() + " to " + c.generations() + " (unbounded) ... ");
            err.flush();
            Pattern p = PatternSource.load(c.pattern());
            UniverseResult r;
            try {
                r = Bench.runUniverse(c, () -> RunCommand.planeUniverse(p, p.rule()));
            } catch (UniverseException e) {
                err.println();
                throw CliException.failure("hashlife " + c.pattern() + ": " + LifeCli.oneLine(e.getMessage()));
            } catch (IllegalArgumentException e) {
                err.println();
                throw CliException.failure("hashlife " + c.pattern() + ": " + LifeCli.oneLine(e.getMessage()));
            }
            err.println(String.format(Locale.ROOT, "%.4f s (median of %d)", r.medianSeconds(), c.runs()));
            err.flush();
            mismatch |= !r.ok();
            unbounded.add(r);
        }
        List<BenchSummary> summaries = BenchSummary.summarise(results, base);
        PrintWriter out = spec.commandLine().getOut();
        out.print(summary ? BenchReport.formatSummary(summaries, unbounded, format)
                : BenchReport.format(results, unbounded, format));
        out.flush();
        if (plot != null) {
            draw(sweep ? BenchPlots.latencySweep(summaries, latencySweep) : BenchPlots.strategies(summaries), pixels);
        }
        if (mismatch) {
            throw CliException.failure("a strategy's result differs from the reference (see MISMATCH above)");
        }
        return 0;
    }

    /**
     * The I/O modes of {@code --latency-sweep}, one per latency ({@code --io latency} unless {@code
     * --io socket}); empty without the option.
     */
    private List<CellIoMode> sweepModes(CellIoMode io) throws CliException {
        if (latencySweep.isEmpty()) {
            return List.of();
        }
        if (new java.util.HashSet<>(latencySweep).size() < latencySweep.size()) {
            throw CliException.usage("--latency-sweep names a latency twice: " + latencySweep.stream()
                    .map(n -> n == 0 ? "0" : lifefx.cellio.DurationText.format(n)).toList());
        }
        String mode = io.name().equals(CellIoMode.None.NAME) ? CellIoMode.Latency.NAME : io.name();
        List<CellIoMode> modes = new ArrayList<>();
        for (long n : latencySweep) {
            try {
                modes.add(CellIoMode.of(mode, n));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--latency-sweep: " + e.getMessage());
            }
        }
        return modes;
    }

    /**
     * Checks {@code --plot} and {@code --plot-size} before anything is timed, so a long run does
     * not end in a file it cannot write; returns the width and height.
     */
    private int[] checkPlot() throws CliException {
        if (charts == null) {
            throw CliException.usage("--plot needs the chart renderer of the full application; run it as"
                    + " 'lifefx bench ...' (lifefx.Main)");
        }
        int[] size = parsePlotSize(plotSize);
        if (!plot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw CliException.usage("--plot " + plot + ": the chart is written as PNG; name the file *.png");
        }
        java.nio.file.Path dir = plot.toAbsolutePath().getParent();
        if (dir == null || !java.nio.file.Files.isDirectory(dir) || !java.nio.file.Files.isWritable(dir)) {
            throw CliException.usage("--plot " + plot + ": cannot write there (no such directory, or not writable: "
                    + dir + ")");
        }
        return size;
    }

    /**
     * {@code --plot-size WIDTHxHEIGHT}: two whole numbers of pixels, each from {@value
     * #MIN_PLOT_SIDE} to {@value #MAX_PLOT_SIDE}.
     *
     * @throws CliException (exit 2) with one line naming the value
     */
    static int[] parsePlotSize(String value) throws CliException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,5})[xX]([0-9]{1,5})").matcher(value.strip());
        int w = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        int h = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (w < MIN_PLOT_SIDE || h < MIN_PLOT_SIDE || w > MAX_PLOT_SIDE || h > MAX_PLOT_SIDE) {
            throw CliException.usage("--plot-size " + LifeCli.oneLine(value) + ": expected WIDTHxHEIGHT in pixels,"
                    + " each from " + MIN_PLOT_SIDE + " to " + MAX_PLOT_SIDE + ", e.g. 900x500");
        }
        return new int[] {w, h};
    }

    /** Smallest and largest {@code --plot-size} side, in pixels. */
    static final int MIN_PLOT_SIDE = 200;
    static final int MAX_PLOT_SIDE = 8192;

    /** Renders {@code p} into {@code --plot}. */
    private void draw(Plot p, int[] size) throws CliException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            charts.render(p, size[0], size[1], plot);
        } catch (IOException | IllegalStateException e) {
            throw CliException.failure("--plot " + plot + ": " + LifeCli.oneLine(e.getMessage()));
        }
        err.println("bench: plot written to " + plot + " (" + size[0] + "x" + size[1] + ")");
        err.flush();
    }

    /** Golly's populations for the default hashlife rows and the fixtures' famous ones, by name and generation. */
    static final Map<String, BigInteger> KNOWN = Map.of(
            "gosper-glider-gun@1000000000", BigInteger.valueOf(166_666_713),
            "gosper-glider-gun@1000000", BigInteger.valueOf(166_713),
            "rabbits@17331", BigInteger.valueOf(1_744),
            "rabbits.lif@17331", BigInteger.valueOf(1_744),
            "acorn@5206", BigInteger.valueOf(633),
            "acorn.lif@5206", BigInteger.valueOf(633),
            "r-pentomino@1103", BigInteger.valueOf(116),
            "spacefiller.rle@10000", BigInteger.valueOf(25_085_200));

    static final List<String> DEFAULT_PATTERNS = List.of("gosper-glider-gun@1000000000", "rabbits@17331", "acorn@5206");

    private List<UniverseCase> unboundedCases(List<String> specs) throws CliException {
        List<UniverseCase> cases = new ArrayList<>();
        for (String spec : specs.isEmpty() ? DEFAULT_PATTERNS : specs) {
            int at = spec.lastIndexOf('@');
            if (at <= 0 || at == spec.length() - 1) {
                throw CliException.usage("--pattern " + spec + ": expected PATTERN@N, e.g. gosper-glider-gun@1000000000");
            }
            String name = spec.substring(0, at);
            BigInteger n;
            try {
                n = Converters.parseCount(spec.substring(at + 1));
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw CliException.usage("--pattern " + spec + ": " + e.getMessage());
            }
            if (n.signum() == 0) {
                throw CliException.usage("--pattern " + spec + ": the generation must be at least 1");
            }
            String file = java.nio.file.Path.of(name).getFileName().toString();
            cases.add(new UniverseCase(name, n, runs, warmup, KNOWN.get(file + "@" + n)));
        }
        return cases;
    }

    /** The soup's generator seed when {@code --soup} names none. */
    static final long DEFAULT_SEED = 1;

    /** The soup density {@code --scaling} uses without {@code --soup}. */
    static final double SCALING_DENSITY = 0.35;

    /** The first side of a {@code --scaling} series. */
    static final int SCALING_FIRST_SIDE = 64;

    /** A parsed {@code --soup}: each cell alive with probability {@code density}, from generator {@code seed}. */
    record Soup(double density, long seed) {
    }

    /**
     * {@code DENSITY[:SEED]}: a decimal density from 0 to 1 and an optional whole seed (a long,
     * default {@value #DEFAULT_SEED}).
     *
     * @throws CliException (exit 2) with one line naming the value and what is wrong with it
     */
    static Soup parseSoup(String value) throws CliException {
        int colon = value.indexOf(':');
        String d = colon < 0 ? value : value.substring(0, colon);
        double density;
        try {
            density = Double.parseDouble(d.strip());
        } catch (NumberFormatException e) {
            throw CliException.usage("--soup " + LifeCli.oneLine(value) + ": the density must be a number from 0 to 1, got '"
                    + LifeCli.oneLine(d) + "'");
        }
        if (!(density >= 0 && density <= 1)) {
            throw CliException.usage("--soup " + LifeCli.oneLine(value) + ": the density must be from 0 to 1, got "
                    + LifeCli.oneLine(d.strip()));
        }
        long seed = DEFAULT_SEED;
        if (colon >= 0) {
            String s = value.substring(colon + 1);
            try {
                seed = Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw CliException.usage("--soup " + LifeCli.oneLine(value) + ": the seed must be a whole number from "
                        + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", got '" + LifeCli.oneLine(s) + "'");
            }
        }
        return new Soup(density, seed);
    }

    /**
     * The tori a pattern start runs on: each {@code --grid} (the pattern centred), or else the one
     * that {@link Placement} picks (its {@code :T} torus, or its box with a margin). A {@code :T}
     * file and a different {@code --grid} contradict each other.
     */
    private List<GridSize> patternSizes(Pattern p, String source) throws CliException {
        if (!p.rule().withoutTorus().equals(Rule.CONWAY)) {
            throw CliException.usage("--pattern " + source + ": bench times Conway's Life (B3/S23), but the pattern's"
                    + " rule is " + p.rule().withoutTorus());
        }
        GridSize own = p.rule().torus();
        if (!grids.isEmpty()) {
            for (GridSize g : grids) {
                if (own != null && !own.equals(g)) {
                    throw CliException.usage("--pattern " + source + " names a " + own + " torus (height x width) but"
                            + " --grid says " + g + "; give no --grid to time it on its own torus");
                }
            }
            return grids;
        }
        Placement at;
        try {
            at = Placement.of(p, null, null);
        } catch (IllegalArgumentException e) {
            throw CliException.failure(source + ": " + e.getMessage() + " with --grid HxW");
        }
        Optional<String> tooBig = HeapCheck.refusal(at.size(), source);
        if (tooBig.isPresent()) {
            throw CliException.failure(tooBig.get());
        }
        return List.of(at.size());
    }

    /** Says which kernel {@code packed} runs in this JVM, when a strategy timed is a packed one. */
    private static void printKernel(PrintWriter err, List<String> timed) {
        if (timed.stream().anyMatch(n -> n.startsWith(PackedStrategy.NAME))) {
            err.println("bench: packed kernel: " + PackedStrategy.kernel());
        }
    }

    private int scaling(Soup soupValue, List<String> torusPatterns, int[] plotSize)
            throws CliException, InterruptedException {
        if (!torusPatterns.isEmpty() || patterns.size() > torusPatterns.size()) {
            throw CliException.usage("--scaling times random soups of growing size; drop --pattern");
        }
        if (!grids.isEmpty() || !strategies.isEmpty()) {
            throw CliException.usage("--scaling chooses its own grids and names its own strategies; drop "
                    + (grids.isEmpty() ? "--strategies" : "--grid"));
        }
        if (!ioOptions.mode().name().equals(CellIoMode.None.NAME)) {
            throw CliException.usage("--scaling times pure cell logic; drop --io");
        }
        if (scaling.contains(StrategiesCommand.HASHLIFE)) {
            throw CliException.usage("--scaling hashlife: hashlife runs the unbounded plane, not a torus; --scaling"
                    + " takes torus strategies (see 'lifefx strategies')");
        }
        if (scalingMax < SCALING_FIRST_SIDE) {
            throw CliException.usage("--scaling-max must be at least " + SCALING_FIRST_SIDE + ", got " + scalingMax);
        }
        if (!(scalingBudget > 0) || Double.isInfinite(scalingBudget)) {
            throw CliException.usage("--scaling-budget must be a positive number of seconds, got " + scalingBudget);
        }
        double density = soupValue == null ? SCALING_DENSITY : soupValue.density();
        long seed = soupValue == null ? DEFAULT_SEED : soupValue.seed();
        double target = Math.min(1.0, scalingBudget / 30);
        PrintWriter err = spec.commandLine().getErr();
        printKernel(err, scaling);
        List<ScalingResult> results = new ArrayList<>();
        boolean mismatch = false;
        for (String name : scaling) {
            for (long side = SCALING_FIRST_SIDE; side <= scalingMax; side *= 2) {
                int n = (int) side;
                if (side * side > GridSize.MAX_CELLS) {
                    results.add(ScalingResult.stopped(name, n, "past the largest torus (" + GridSize.MAX_CELLS
                            + " cells)"));
                    break;
                }
                GridSize size = new GridSize(n, n);
                // HeapCheck's two generations and a quarter, plus the start, the final grid and the
                // reference's: about five bytes per cell.
                Optional<String> tooBig = HeapCheck.refusal(size, "--scaling " + name,
                        Runtime.getRuntime().maxMemory() - 3L * size.cells());
                if (tooBig.isPresent()) {
                    results.add(ScalingResult.stopped(name, n, "the heap (" + (Runtime.getRuntime().maxMemory() >> 20)
                            + " MB, -Xmx) cannot hold five bytes per cell"));
                    break;
                }
                System.gc(); // the previous size's grids, untimed
                err.print("bench: scaling " + name + " " + size + " ... ");
                err.flush();
                ScalingResult r;
                try {
                    r = Bench.scalingPoint(name, Grids.random(size, density, seed, 0), threads, warmup, 5, target);
                } catch (UniverseException e) {
                    err.println();
                    throw CliException.failure(name + " " + size + ": " + LifeCli.oneLine(e.getMessage()));
                } catch (OutOfMemoryError e) {
                    err.println("out of heap");
                    results.add(ScalingResult.stopped(name, n, "ran out of heap ("
                            + (Runtime.getRuntime().maxMemory() >> 20) + " MB, -Xmx)"));
                    break;
                }
                err.println(String.format(Locale.ROOT, "%.3f ms/step, %.1f s in all", r.medianNanos() / 1e6,
                        r.totalSeconds()));
                err.flush();
                mismatch |= !r.matchesSequential();
                results.add(r);
                if (r.totalSeconds() > scalingBudget && side * 2 <= scalingMax) {
                    results.add(ScalingResult.stopped(name, n * 2, String.format(Locale.ROOT,
                            "%dx%d took %.0f s in all, over the %.0f s budget (--scaling-budget)", n, n,
                            r.totalSeconds(), scalingBudget)));
                    break;
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(BenchReport.formatScaling(results, format));
        out.flush();
        if (plot != null) {
            draw(BenchPlots.scaling(results), plotSize);
        }
        if (mismatch) {
            throw CliException.failure("a strategy's result differs from the reference (see MISMATCH above)");
        }
        return 0;
    }
}
