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
import lifefx.bench.BenchReport;
import lifefx.bench.BenchResult;
import lifefx.bench.UniverseCase;
import lifefx.bench.UniverseResult;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.pattern.Pattern;
import lifefx.universe.UniverseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times each chosen torus strategy on the same start grid (the article's glider) and
 * prints seconds, the median milliseconds per generation and cell updates per second, beside the
 * article's Python seconds; then, for {@code hashlife}, times patterns taken far on the unbounded
 * universe (median, fastest and slowest of several fresh runs). Progress goes to stderr; the
 * report to stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times strategies on the same start grid (the article's glider at the top-left).",
                "Defaults: the article's grids 500x900 and 50x90, 100 steps, 5 threads, every strategy.",
                "ms/step is the median of the timed generations; seconds is their sum.",
                "hashlife rows run on the unbounded universe instead: each --pattern taken to its generation in one"
                        + " jump, --warmup untimed runs then --runs timed ones, each on a fresh universe; the table gives"
                        + " the median seconds and the fastest and slowest run."})
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

    @Option(names = "--pattern", paramLabel = "PATTERN@N",
            description = "for the hashlife rows: a pattern file or built-in name, @, the generation to reach (N or 2^k); "
                    + "repeat for several (default: gosper-glider-gun@1000000000, rabbits@17331, acorn@5206)")
    List<String> patterns = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "timed runs of each hashlife row (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, markdown, csv or json (default: ${DEFAULT-VALUE})")
    BenchReport.Format format;

    @Mixin
    IoOptions ioOptions = new IoOptions();

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
        CellIoMode io = ioOptions.mode();
        List<GridSize> sizes = grids.isEmpty() ? List.of(ArticleFigures.LARGE, ArticleFigures.SMALL) : grids;
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
        List<UniverseCase> unboundedCases = hashlife ? unboundedCases() : List.of();
        PrintWriter err = spec.commandLine().getErr();
        List<BenchResult> results = new ArrayList<>();
        boolean mismatch = false;
        for (GridSize size : names.isEmpty() ? List.<GridSize>of() : sizes) {
            Grid start = Bench.articleStart(size);
            Grid expected = Bench.reference(start, warmup + steps);
            for (String name : names) {
                BenchCase c = new BenchCase(name, size, steps, warmup, threads, io);
                Optional<String> skip = Bench.skipReason(c);
                if (skip.isPresent()) {
                    err.println("bench: " + name + " " + size + ": skipped: " + skip.get());
                    err.flush();
                    results.add(BenchResult.skipped(c, skip.get()));
                    continue;
                }
                err.print("bench: " + name + " " + size + " (" + Bench.describe(io) + ") ... ");
                err.flush();
                BenchResult r;
                try {
                    r = Bench.run(c, start, expected);
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
        PrintWriter out = spec.commandLine().getOut();
        out.print(BenchReport.format(results, unbounded, format));
        out.flush();
        if (mismatch) {
            throw CliException.failure("a strategy's result differs from the reference (see MISMATCH above)");
        }
        return 0;
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

    private List<UniverseCase> unboundedCases() throws CliException {
        List<UniverseCase> cases = new ArrayList<>();
        for (String spec : patterns.isEmpty() ? DEFAULT_PATTERNS : patterns) {
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
}
