package lifefx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import lifefx.bench.ArticleFigures;
import lifefx.bench.Bench;
import lifefx.bench.BenchCase;
import lifefx.bench.BenchReport;
import lifefx.bench.BenchResult;
import lifefx.cellio.CellIoMode;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyRegistry;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times each chosen strategy on the same start grid (the article's glider) and
 * prints seconds, the median milliseconds per generation and cell updates per second, beside the
 * article's Python seconds. Progress goes to stderr; the report to stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times strategies on the same start grid (the article's glider at the top-left).",
                "Defaults: the article's grids 500x900 and 50x90, 100 steps, 5 threads, every strategy.",
                "ms/step is the median of the timed generations; seconds is their sum."})
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
            description = "strategies to time (default: all, see 'lifefx strategies')")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "untimed generations first, per strategy (default: ${DEFAULT-VALUE})")
    int warmup;

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
        CellIoMode io = ioOptions.mode();
        List<GridSize> sizes = grids.isEmpty() ? List.of(ArticleFigures.LARGE, ArticleFigures.SMALL) : grids;
        List<String> names = strategies.isEmpty() ? StrategyRegistry.names() : strategies;
        PrintWriter err = spec.commandLine().getErr();
        List<BenchResult> results = new ArrayList<>();
        boolean mismatch = false;
        for (GridSize size : sizes) {
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
        PrintWriter out = spec.commandLine().getOut();
        out.print(BenchReport.format(results, format));
        out.flush();
        if (mismatch) {
            throw CliException.failure("a strategy's final grid differs from the reference run (see MISMATCH above)");
        }
        return 0;
    }
}
