package lifefx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import lifefx.analysis.AutoStop;
import lifefx.cellio.CellIo;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.pattern.AtomicFile;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormat;
import lifefx.pattern.PatternWriter;
import lifefx.pattern.Placement;
import lifefx.sim.PatternCells;
import lifefx.universe.Bounds;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.TorusUniverse;
import lifefx.universe.Universe;
import lifefx.universe.UniverseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run}: loads a pattern (or the article's glider), puts it in a universe, steps it N
 * generations and ends stdout with exactly {@code generation=N population=P}.
 *
 * <p>Which universe: {@code --unbounded} or {@code --strategy hashlife} pick the unbounded plane
 * ({@link HashLifeUniverse}); {@code --torus}, a {@code :T} rule, a torus strategy or cell I/O pick
 * a {@link TorusUniverse}; otherwise a pattern whose rule has no {@code :T} size runs on the plane,
 * as in Golly, and no pattern means the article's glider on its 5×9 torus. Runs on the calling
 * thread; an interrupt cancels the step in progress.
 *
 * <p>{@link ProfileCommand} extends it: the same options and run, with {@code --out} naming a
 * Flight Recorder file, and the hooks {@link #beforeStepping}, {@link #afterStepping} and {@link
 * #writeOut} overridden.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a pattern in a universe and prints the final generation and population.",
                "Two universes: the unbounded plane, stepped by HashLife (strategy hashlife), which can jump"
                        + " 2^k generations at once; and a torus (wrapping edges), stepped one generation at a time"
                        + " by any torus strategy (see 'lifefx strategies').",
                "A PATTERN without a :T size in its rule runs on the unbounded plane, as in Golly, unless --torus,"
                        + " a torus strategy or --io asks for a torus; a pattern with a :Tw,h size runs on that torus.",
                "With no PATTERN: a glider at row,column (0,3) (1,4) (2,2) (2,3) (2,4) on a 5x9 torus, the start"
                        + " of the Python article LifeFX began from (Life with threads, queues and asyncio)."},
        footer = {"", "The last line of output is always: generation=N population=P (exact, at any size)."})
class RunCommand implements Callable<Integer> {

    /** The article's start: a glider on a 5×9 torus. */
    static final GridSize ARTICLE_SIZE = new GridSize(5, 9);
    static final int[][] ARTICLE_GLIDER = {{0, 3}, {1, 4}, {2, 2}, {2, 3}, {2, 4}};

    /** Largest bounding box side {@code --print} shows on the unbounded plane. */
    static final int PRINT_MAX_UNBOUNDED = 200;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATTERN",
            description = "a pattern file (RLE, plaintext .cells, Life 1.05/1.06 .lif, Golly macrocell .mc, which runs on "
                    + "the plane as its tree however big; the format is read from the "
                    + "content) or the name of a built-in pattern (see 'lifefx patterns')")
    String pattern;

    @Option(names = "--torus", paramLabel = "HxW", converter = Converters.GridSizeConverter.class,
            description = "run on a torus of height x width, the pattern centred on it")
    GridSize torus;

    @Option(names = "--unbounded",
            description = "run on the unbounded plane (HashLife) even when the pattern names a :T torus; "
                    + "not with --torus, a torus strategy or --io")
    boolean unbounded;

    @Option(names = "--generations", paramLabel = "N", defaultValue = "5", converter = Converters.CountConverter.class,
            description = "generations to run, up to 2^1024, e.g. 1000000000000 or 2^40 "
                    + "(default: ${DEFAULT-VALUE}, as the Python article printed)")
    BigInteger generations;

    @Option(names = "--step", paramLabel = "2^k|N", converter = Converters.CountConverter.class,
            description = "generations per jump, e.g. 2^20 or 1000; a last shorter jump ends on N. Default: N at once on "
                    + "the plane, 1 on a torus (where a jump is just that many generations one by one)")
    BigInteger step;

    @Option(names = "--strategy", paramLabel = "NAME", converter = Converters.StrategyConverter.class,
            description = "how generations are computed (see 'lifefx strategies'): hashlife on the plane (its only "
                    + "one), on a torus any other, default sequential")
    String strategy;

    @Option(names = "--threads", paramLabel = "K", defaultValue = "5",
            description = "worker threads or bands for the torus strategies that use them (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--rule", paramLabel = "RULE", converter = Converters.RuleConverter.class,
            description = "rule such as B3/S23, 23/3 or B36/S23; overrides the pattern's own. "
                    + "A Golly torus suffix such as B3/S23:T90,50 (width,height) sets the torus")
    Rule rule;

    @Option(names = "--out", paramLabel = "FILE.rle|FILE.mc",
            description = "write the final generation as RLE: on a torus the whole torus (x = W, y = H and a :Tw,h "
                    + "rule); on the plane the bounding box of the live cells, its top-left in #CXRLE Pos=x,y. "
                    + "A name ending in .mc writes a Golly macrocell tree instead (the plane's own nodes, never a "
                    + "cell list, so any size fits)")
    Path out;

    @Option(names = "--population-csv", paramLabel = "FILE.csv",
            description = "write generation,population,births,deaths after every step (of --step generations; births and "
                    + "deaths between the step's two ends) as CSV; beyond " + CLI_HISTORY + " steps neighbouring lines "
                    + "are merged pairwise (births and deaths summed)")
    Path populationCsv;

    @Option(names = "--print",
            description = "torus: print the start and every jump side by side, * alive and - dead; plane: print the "
                    + "final bounding box (at most " + PRINT_MAX_UNBOUNDED + " cells a side)")
    boolean print;

    @Option(names = "--time",
            description = "before the last line, print peak-heap=MiB (the heap pools' peak use while stepping) and "
                    + "seconds=S (stepping only: no JVM start, no file reading)")
    boolean time;

    @Option(names = "--stop-when", paramLabel = "LIST",
            description = "stop before N generations when the pattern dies, becomes still or becomes periodic: a "
                    + "comma-separated list of dead, still, periodic. Then stdout has stopped=dead|still|periodic "
                    + "(and period=P) before the last line, and stderr says at what generation. It checks after every jump: "
                    + "one generation unless --step says more, when the stop comes at the end of a jump (the period is "
                    + "still exact)")
    String stopWhen;

    @Mixin
    IoOptions ioOptions = new IoOptions();

    /** Lines of {@code --population-csv} before neighbours are merged. */
    static final int CLI_HISTORY = 1 << 16;

    @Override
    public Integer call() throws CliException, InterruptedException {
        try {
            return runChecked();
        } catch (OutOfMemoryError e) {
            // HeapCheck refuses a torus that cannot fit before allocating, and HashLife collects its
            // table when full; this is the net under both.
            throw CliException.failure("ran out of heap (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB, -Xmx); choose a smaller torus or fewer cells, or give Java more memory with -Xmx");
        } catch (StackOverflowError e) {
            // HashLife recurses once per level of its tree; the counts are capped well below this.
            throw CliException.failure("the HashLife tree grew too deep for the Java stack; run fewer generations"
                    + " or give Java a larger stack with -Xss");
        }
    }

    private int runChecked() throws CliException, InterruptedException {
        if (step != null && step.signum() == 0) {
            throw CliException.usage("--step must be at least 1, got 0");
        }
        StrategyConfig config = LifeCli.config(threads);
        Set<AutoStop.Condition> stopConditions = stopWhen == null ? Set.of() : parseStopWhen(stopWhen);
        CellIoMode ioMode = ioOptions.mode();
        boolean cellIo = !ioMode.name().equals(CellIoMode.None.NAME);
        if (out != null) {
            // Before any work: a run of minutes must not end in "cannot write".
            try {
                AtomicFile.checkWritable(out);
            } catch (IOException e) {
                throw CliException.usage("--out: " + e.getMessage());
            }
        }
        String torusSource = "--torus " + torus;
        if (rule != null && rule.torus() != null) {
            // Golly's :Tw,h names the torus; --torus may repeat it but not contradict it.
            if (torus != null && !torus.equals(rule.torus())) {
                throw CliException.usage("--rule " + rule + " names a " + rule.torus() + " torus (height x width)"
                        + " but --torus says " + torus + "; give the size once");
            }
            torus = rule.torus();
            torusSource = "--rule " + rule;
        }
        boolean hashlife = StrategiesCommand.HASHLIFE.equals(strategy);
        boolean torusStrategy = strategy != null && !hashlife;
        String what = unbounded ? "--unbounded" : "--strategy hashlife";
        if (unbounded && torusStrategy) {
            throw CliException.usage("--unbounded runs the unbounded plane, whose only strategy is hashlife; --strategy "
                    + strategy + " runs on a torus (torus strategies: " + String.join(", ", StrategyRegistry.names())
                    + ")");
        }
        if ((unbounded || hashlife) && torus != null) {
            throw CliException.usage(what + " runs the unbounded plane, which has no torus; drop " + torusSource
                    + " or run a torus strategy (" + String.join(", ", StrategyRegistry.names()) + ")");
        }
        if ((unbounded || hashlife) && cellIo) {
            throw CliException.usage(what + " runs the unbounded plane (HashLife), which calls no cell logic; --io "
                    + ioMode.name() + " needs a torus strategy");
        }
        if (torus != null) {
            // A size given as an argument is a bad argument when the heap cannot hold it.
            Optional<String> tooBig = HeapCheck.refusal(torus, torusSource);
            if (tooBig.isPresent()) {
                throw CliException.usage(tooBig.get());
            }
        }
        // A macrocell file goes to the plane as its tree, whatever its size; elsewhere it is expanded.
        Optional<Macrocell> tree = pattern == null ? Optional.empty() : PatternSource.loadTreeIfMacrocell(pattern);
        boolean treeOnPlane = tree.isPresent() && tree.get().rule().torus() == null && torus == null
                && !torusStrategy && !cellIo;
        Pattern p = pattern == null || treeOnPlane ? null : PatternSource.load(pattern);
        boolean plane = unbounded || hashlife || treeOnPlane
                || (torus == null && !torusStrategy && !cellIo && p != null && p.rule().torus() == null);
        if (treeOnPlane && rule == null) {
            rule = tree.get().rule();
        }
        Rule effective = (rule != null ? rule : p != null ? p.rule() : Rule.CONWAY).withoutTorus();
        if (!plane && generations.bitLength() > 63) {
            throw CliException.usage("--generations " + generations + ": a torus counts generations up to "
                    + Long.MAX_VALUE + "; run the pattern on the unbounded plane (--unbounded) for more");
        }
        // --stop-when looks after every jump: one generation a jump unless --step says otherwise.
        BigInteger jump = step != null ? step : plane && stopWhen == null ? generations.max(BigInteger.ONE) : BigInteger.ONE;

        PrintWriter stdout = spec.commandLine().getOut();
        Universe u;
        CellIo io = null;
        ColumnPrinter printer = null;
        if (plane) {
            try {
                u = treeOnPlane ? HashLifeUniverse.fromMacrocell(tree.get(), effective, Runtime.getRuntime().maxMemory() / 4)
                        : planeUniverse(p, effective);
            } catch (IllegalArgumentException e) {
                // A B0 rule: the plane would fill at once.
                throw CliException.failure(e.getMessage() + " (--torus HxW)");
            }
        } else {
            Grid grid = torusStart(p);
            if (print && (grid.width() > ColumnPrinter.MAX_SIDE || grid.height() > ColumnPrinter.MAX_SIDE)) {
                throw CliException.usage("--print shows grids of at most " + ColumnPrinter.MAX_SIDE
                        + " cells a side; this torus is " + grid.size());
            }
            String name = strategy != null ? strategy : "sequential";
            try {
                io = CellIo.openFor(ioMode, StrategyRegistry.get(name).maxInFlight(config, grid.size()));
            } catch (IOException e) {
                throw CliException.failure(e.getMessage());
            }
            for (String notice : io.notices()) {
                spec.commandLine().getErr().println("lifefx run: " + notice);
            }
            u = new TorusUniverse(grid, effective, name, config, io.logic(effective));
            if (print) {
                printer = new ColumnPrinter(ColumnPrinter.terminalWidth());
                printer.add(grid);
            }
        }
        long nanos;
        long peakHeap;
        Optional<AutoStop.Stop> stopped = Optional.empty();
        if (populationCsv != null) {
            try {
                lifefx.pattern.AtomicFile.checkWritable(populationCsv);
            } catch (IOException e) {
                throw CliException.failure(e.getMessage());
            }
        }
        lifefx.sim.PopulationHistory history = populationCsv == null ? null
                : new lifefx.sim.PopulationHistory(CLI_HISTORY);
        try (CellIo closeIo = io; Universe closeU = u) {
            resetHeapPeaks();
            beforeStepping();
            long t0 = System.nanoTime();
            BigInteger left = generations;
            AutoStop stopper = stopWhen == null ? null : new AutoStop(stopConditions);
            if (stopper != null) {
                stopped = stopper.observe(u, left.min(jump));
            }
            while (left.signum() > 0 && stopped.isEmpty()) {
                BigInteger n = left.min(jump);
                if (history != null) {
                    // As the window records: births and deaths from the step itself (packed tori
                    // compare with the words the step read; no snapshot a step).
                    BigInteger from = u.generation();
                    lifefx.universe.CellChanges changes = u.stepCounting(n);
                    history.add(from, u.generation(), u.population(), changes);
                } else {
                    u.step(n);
                }
                left = left.subtract(n);
                if (printer != null) {
                    printer.add(((TorusUniverse) u).grid());
                }
                if (stopper != null) {
                    stopped = stopper.observe(u, n);
                }
            }
            nanos = System.nanoTime() - t0;
            peakHeap = heapPeak();
            afterStepping();
        } catch (UniverseException e) {
            throw CliException.failure(e.getMessage());
        }
        if (printer != null) {
            stdout.print(printer.render());
        } else if (print) {
            stdout.print(printBox(u));
        }
        if (out != null) {
            writeOut(u, effective, stdout);
        }
        if (history != null) {
            try {
                lifefx.pattern.AtomicFile.write(populationCsv,
                        history.series().toCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw CliException.failure(e.getMessage());
            }
        }
        if (time) {
            stdout.println(String.format(Locale.ROOT, "peak-heap=%.1fMiB", peakHeap / (1024.0 * 1024.0)));
            stdout.println(String.format(Locale.ROOT, "seconds=%.6f", nanos / 1e9));
        }
        if (stopped.isPresent()) {
            AutoStop.Stop stop = stopped.get();
            spec.commandLine().getErr().println(spec.qualifiedName() + ": s" + stop.message().substring(1));
            spec.commandLine().getErr().flush();
            stdout.println("stopped=" + stop.reason().key());
            if (stop.reason() == AutoStop.Condition.PERIODIC) {
                stdout.println("period=" + stop.period());
            }
        }
        stdout.println("generation=" + u.generation() + " population=" + u.population());
        stdout.flush();
        return 0;
    }

    /** {@code --stop-when dead,still,periodic} as conditions, or a usage error naming the bad word. */
    static Set<AutoStop.Condition> parseStopWhen(String text) throws CliException {
        try {
            return AutoStop.Condition.parseList(text);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--stop-when " + text + ": " + e.getMessage());
        }
    }

    /**
     * The unbounded plane holding {@code p} at its own coordinates (its position plus each cell), or
     * the article's glider when {@code p} is null.
     *
     * @throws IllegalArgumentException for a B0 rule, with a one-line message
     */
    static HashLifeUniverse planeUniverse(Pattern p, Rule rule) {
        if (p == null) {
            HashLifeUniverse u = new HashLifeUniverse(rule);
            for (int[] cell : ARTICLE_GLIDER) {
                u.set(cell[1], cell[0], true);
            }
            return u;
        }
        return PatternCells.planeUniverse(p, rule);
    }

    /** The torus start: the pattern placed as the window places it, or the article's glider. */
    private Grid torusStart(Pattern p) throws CliException {
        if (p == null) {
            GridSize size = torus != null ? torus : ARTICLE_SIZE;
            Grid.Builder b = new Grid.Builder(size);
            for (int[] cell : ARTICLE_GLIDER) {
                b.set(cell[0], cell[1], true);
            }
            return b.build(0);
        }
        return placeOnTorus(p, torus, pattern);
    }

    /**
     * {@code p} placed on a torus as the window places it: of {@code torus}, else the pattern's own
     * {@code :T} size, else its box with a margin, centred. Shared with {@code identify}.
     *
     * @param source the pattern's name for messages
     * @throws CliException (exit 1) when the pattern does not fit, or its own size is too big for the heap
     */
    static Grid placeOnTorus(Pattern p, GridSize torus, String source) throws CliException {
        Placement at;
        try {
            // The window's rule too: --torus, else the pattern's own :T size, else its box
            // with a margin, centred (a torus strategy asked for a torus but named no size).
            at = Placement.of(p, torus, null);
        } catch (IllegalArgumentException e) {
            throw CliException.failure(source + ": " + e.getMessage() + " with --torus HxW");
        }
        if (torus == null) {
            // The file chose the size: a bad file, exit 1.
            Optional<String> tooBig = HeapCheck.refusal(at.size(), source);
            if (tooBig.isPresent()) {
                throw CliException.failure(tooBig.get());
            }
        }
        return at.place(p);
    }


    /** The plane's bounding box as rows of {@code *} and {@code -}, under a line saying where it is. */
    private static String printBox(Universe u) throws CliException {
        Optional<Bounds> box = boundsOf(u, "--print");
        if (box.isEmpty()) {
            return "no live cells at generation " + u.generation() + "\n";
        }
        Bounds b = box.get();
        if (Long.compareUnsigned(b.width(), PRINT_MAX_UNBOUNDED) > 0
                || Long.compareUnsigned(b.height(), PRINT_MAX_UNBOUNDED) > 0) {
            throw CliException.failure("--print shows a bounding box of at most " + PRINT_MAX_UNBOUNDED + "x"
                    + PRINT_MAX_UNBOUNDED + " cells; at generation " + u.generation() + " it is "
                    + Long.toUnsignedString(b.height()) + "x" + Long.toUnsignedString(b.width())
                    + " (height x width); write it with --out FILE.rle instead");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("generation ").append(u.generation()).append(", x ").append(b.left()).append("..").append(b.right())
                .append(", y ").append(b.top()).append("..").append(b.bottom()).append(":\n");
        for (long y = b.top(); y <= b.bottom(); y++) {
            for (long x = b.left(); x <= b.right(); x++) {
                sb.append(u.get(x, y) ? '*' : '-');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The universe's bounds, or a failure naming {@code option} when live cells lie beyond the
     * 64-bit coordinates (after about 2^62 generations of a growing pattern).
     */
    static Optional<Bounds> boundsOf(Universe u, String option) throws CliException {
        try {
            return u.bounds();
        } catch (ArithmeticException e) {
            throw CliException.failure(option + ": at generation " + u.generation() + " " + e.getMessage()
                    + ", so no box can be printed or written");
        }
    }

    /** Called just before the first generation, once the universe is ready: nothing here. */
    void beforeStepping() throws CliException {
    }

    /** Called just after the last generation (not after a failed one): nothing here. */
    void afterStepping() throws CliException {
    }

    /**
     * {@code --out} once the run is done and printed, before {@code --time}'s lines and the last
     * line: here the final generation as a pattern file ({@link #write}).
     */
    void writeOut(Universe u, Rule effective, PrintWriter stdout) throws CliException {
        write(u, effective);
    }

    /** {@code --out}: the whole torus, or the plane's bounding box with its position. */
    private void write(Universe u, Rule effective) throws CliException {
        if (String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".mc")) {
            // The plane's own tree, node for node (no cell is listed); a torus's cells as a tree.
            Macrocell tree = u instanceof HashLifeUniverse h ? h.toMacrocell()
                    : Macrocell.of(Pattern.fromGrid(((TorusUniverse) u).grid(), effective)).withGeneration(u.generation());
            try {
                PatternWriter.writeFile(out, tree);
            } catch (IOException e) {
                throw CliException.failure(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw CliException.failure("--out " + out + ": " + e.getMessage());
            }
            return;
        }
        Pattern result;
        if (u instanceof TorusUniverse t) {
            result = Pattern.fromGrid(t.grid(), effective.withTorus(t.size()));
        } else {
            result = PlaneCells.pattern(u, effective);
        }
        try {
            PatternWriter.writeFile(out, result, PatternFormat.RLE);
        } catch (IOException e) {
            throw CliException.failure(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CliException.failure("--out " + out + ": " + e.getMessage());
        }
    }

    /** Starts measuring the heap's peak: each heap pool's peak becomes its current use. */
    static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The heap's peak use since {@link #resetHeapPeaks}: the sum of each heap pool's peak (eden,
     * survivor, old), in bytes. The pools may peak at different moments, so this is an upper bound.
     */
    static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
