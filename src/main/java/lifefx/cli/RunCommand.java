package lifefx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import lifefx.cellio.CellIo;
import lifefx.cellio.CellIoMode;
import lifefx.engine.GenerationStrategy;
import lifefx.engine.StepFailedException;
import lifefx.engine.StrategyConfig;
import lifefx.engine.StrategyRegistry;
import lifefx.life.CellLogic;
import lifefx.life.Grid;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.pattern.AtomicFile;
import lifefx.pattern.Pattern;
import lifefx.pattern.PatternFormat;
import lifefx.pattern.PatternWriter;
import lifefx.pattern.Placement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run}: loads a pattern (or the article's glider), runs it on a torus for N generations
 * with one strategy, and ends stdout with exactly {@code generation=N population=P}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a pattern on a torus and prints the final generation and population.",
                "With no PATTERN: the article's glider at (0,3) (1,4) (2,2) (2,3) (2,4) on a 5x9 torus."},
        footer = {"", "The last line of output is always: generation=N population=P"})
final class RunCommand implements Callable<Integer> {

    /** The article's start: a glider on a 5×9 torus. */
    static final GridSize ARTICLE_SIZE = new GridSize(5, 9);
    static final int[][] ARTICLE_GLIDER = {{0, 3}, {1, 4}, {2, 2}, {2, 3}, {2, 4}};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATTERN",
            description = "a pattern file (RLE, plaintext .cells, Life 1.05/1.06 .lif; the format is read from the "
                    + "content) or the name of a built-in pattern (see 'lifefx patterns')")
    String pattern;

    @Option(names = "--torus", paramLabel = "HxW", converter = Converters.GridSizeConverter.class,
            description = "torus height x width (the pattern is centred on it); default: the pattern's own :T size, "
                    + "else its bounding box with a margin of 32 cells (or half the box) on every side")
    GridSize torus;

    @Option(names = "--generations", paramLabel = "N", defaultValue = "5",
            description = "generations to run (default: ${DEFAULT-VALUE}, as the article printed)")
    long generations;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "sequential",
            converter = Converters.StrategyConverter.class,
            description = "how each generation is computed (see 'lifefx strategies'; default: ${DEFAULT-VALUE})")
    String strategy;

    @Option(names = "--threads", paramLabel = "K", defaultValue = "5",
            description = "worker threads or bands for the strategies that use them (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--rule", paramLabel = "RULE", converter = Converters.RuleConverter.class,
            description = "rule such as B3/S23, 23/3 or B36/S23; overrides the pattern's own. "
                    + "A Golly torus suffix such as B3/S23:T90,50 (width,height) sets the torus")
    Rule rule;

    @Option(names = "--out", paramLabel = "FILE.rle",
            description = "write the final generation, the whole torus, as RLE (header x = W, y = H)")
    Path out;

    @Option(names = "--print", description = "print every generation side by side, * alive and - dead")
    boolean print;

    @Mixin
    IoOptions ioOptions = new IoOptions();

    @Override
    public Integer call() throws CliException, InterruptedException {
        try {
            return runChecked();
        } catch (OutOfMemoryError e) {
            // HeapCheck refuses what cannot fit before allocating; this is the net under its estimate.
            throw CliException.failure("ran out of heap (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB, -Xmx); choose a smaller torus, or give Java more memory with -Xmx");
        }
    }

    private int runChecked() throws CliException, InterruptedException {
        if (generations < 0) {
            throw CliException.usage("--generations must be 0 or more, got " + generations);
        }
        StrategyConfig config = LifeCli.config(threads);
        CellIoMode ioMode = ioOptions.mode();
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
        if (torus != null) {
            // A size given as an argument is a bad argument when the heap cannot hold it.
            Optional<String> tooBig = HeapCheck.refusal(torus, torusSource);
            if (tooBig.isPresent()) {
                throw CliException.usage(tooBig.get());
            }
        }
        Grid grid;
        Rule fileRule;
        if (pattern == null) {
            GridSize size = torus != null ? torus : ARTICLE_SIZE;
            Grid.Builder b = new Grid.Builder(size);
            for (int[] cell : ARTICLE_GLIDER) {
                b.set(cell[0], cell[1], true);
            }
            grid = b.build(0);
            fileRule = Rule.CONWAY;
        } else {
            Pattern p = PatternSource.load(pattern);
            Placement at;
            try {
                // The window's rule too: --torus, else the pattern's own :T size, else its box
                // with a margin, centred (there is no torus shown to keep).
                at = Placement.of(p, torus, null);
            } catch (IllegalArgumentException e) {
                throw CliException.failure(pattern + ": " + e.getMessage() + " with --torus HxW");
            }
            if (torus == null) {
                // The file chose the size: a bad file, exit 1.
                Optional<String> tooBig = HeapCheck.refusal(at.size(), pattern);
                if (tooBig.isPresent()) {
                    throw CliException.failure(tooBig.get());
                }
            }
            grid = at.place(p);
            fileRule = p.rule();
        }
        Rule effective = (rule != null ? rule : fileRule).withoutTorus();
        if (print && (grid.width() > ColumnPrinter.MAX_SIDE || grid.height() > ColumnPrinter.MAX_SIDE)) {
            throw CliException.usage("--print shows grids of at most " + ColumnPrinter.MAX_SIDE + " cells a side; this torus is "
                    + grid.size());
        }

        PrintWriter stdout = spec.commandLine().getOut();
        ColumnPrinter printer = print ? new ColumnPrinter(ColumnPrinter.terminalWidth()) : null;
        if (printer != null) {
            printer.add(grid);
        }
        try (CellIo io = CellIo.openFor(ioMode, StrategyRegistry.get(strategy).maxInFlight(config, grid.size()));
             GenerationStrategy engine = StrategyRegistry.get(strategy).create(config)) {
            for (String notice : io.notices()) {
                spec.commandLine().getErr().println("lifefx run: " + notice);
            }
            CellLogic logic = io.logic(effective);
            for (long g = 0; g < generations; g++) {
                grid = engine.step(grid, logic);
                if (printer != null) {
                    printer.add(grid);
                }
            }
        } catch (StepFailedException e) {
            throw CliException.failure(e.getMessage());
        } catch (IOException e) {
            throw CliException.failure(e.getMessage());
        }
        if (printer != null) {
            stdout.print(printer.render());
        }
        if (out != null) {
            try {
                PatternWriter.writeFile(out, Pattern.fromGrid(grid, effective.withTorus(grid.size())), PatternFormat.RLE);
            } catch (IOException e) {
                throw CliException.failure(e.getMessage());
            }
        }
        stdout.println("generation=" + grid.generation() + " population=" + grid.population());
        stdout.flush();
        return 0;
    }
}
