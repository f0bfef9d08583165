package lifefx.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.Callable;
import lifefx.analysis.Identification;
import lifefx.analysis.Identify;
import lifefx.engine.StrategyConfig;
import lifefx.life.GridSize;
import lifefx.life.Rule;
import lifefx.pattern.Macrocell;
import lifefx.pattern.Pattern;
import lifefx.universe.HashLifeUniverse;
import lifefx.universe.TorusUniverse;
import lifefx.universe.Universe;
import lifefx.universe.UniverseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code identify}: runs a pattern one generation at a time until it repeats ({@link Identify}) and
 * prints one {@code key=value} line per fact, then {@code generation=N population=P} with N the
 * generation at which the period was confirmed. The universe is chosen as {@code run} chooses it
 * (the plane unless {@code --torus} or the pattern's {@code :T} rule says a torus; {@code
 * --unbounded} for the plane), with {@code run}'s loading ({@link PatternSource}) and placing
 * ({@link RunCommand#placeOnTorus}). Runs on the calling thread; an interrupt cancels it.
 */
@Command(name = "identify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a pattern until it repeats and says what it is: a still life, an oscillator, a spaceship,"
                + " or none within the limit.",
                "It reports the period, the displacement and speed of a spaceship (c/4 diagonal, 2c/5 orthogonal,"
                        + " (2,1)c/6 knightwise), the population's minimum, maximum and mean over one period, the"
                        + " bounding box, the heat (cells changing per generation) and, for an oscillator, how many"
                        + " cells are rotor and stator.",
                "On a torus a spaceship comes back to its start; identify says after how many generations.",
                "The universe is chosen as run chooses it: the unbounded plane, unless --torus or the pattern's own"
                        + " :T rule asks for a torus."},
        footer = {"", "Output: one key=value line per fact (type=still|oscillator|spaceship|none, period=, displacement=DX,DY,"
                + " speed=, population-min=, population-max=, population-mean=, bbox=WxH, heat=, and where they apply"
                + " rotor-cells=, stator-cells=, torus-note=, died=, growth=), then generation=N population=P, where N"
                + " is the generation at which the period was confirmed (or the last one run)."})
class IdentifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATTERN",
            description = "a pattern file (RLE, plaintext, Life 1.05/1.06, Golly macrocell) or the name of a built-in"
                    + " pattern (see 'lifefx patterns')")
    String pattern;

    @Option(names = "--torus", paramLabel = "HxW", converter = Converters.GridSizeConverter.class,
            description = "identify on a torus of height x width, the pattern centred on it")
    GridSize torus;

    @Option(names = "--unbounded",
            description = "identify on the unbounded plane even when the pattern names a :T torus; not with --torus")
    boolean unbounded;

    @Option(names = "--max", paramLabel = "N", converter = Converters.CountConverter.class,
            description = "give up after N generations with no repeat (default: " + Identify.DEFAULT_MAX
                    + ", at most " + IdentifyCommand.MAX_LIMIT + ")")
    BigInteger max;

    /** The largest --max: keeps every coordinate of a period's phases within 32 bits. */
    static final long MAX_LIMIT = 1_000_000_000L;

    @Override
    public Integer call() throws CliException, InterruptedException {
        long limit = max == null ? Identify.DEFAULT_MAX : max.longValue();
        if (max != null && (max.signum() == 0 || max.compareTo(BigInteger.valueOf(MAX_LIMIT)) > 0)) {
            throw CliException.usage("--max must be from 1 to " + MAX_LIMIT + " generations, got " + max);
        }
        if (unbounded && torus != null) {
            throw CliException.usage("--unbounded identifies on the unbounded plane, which has no torus; drop --torus "
                    + torus);
        }
        if (torus != null) {
            Optional<String> tooBig = HeapCheck.refusal(torus, "--torus " + torus);
            if (tooBig.isPresent()) {
                throw CliException.usage(tooBig.get());
            }
        }
        Identification id;
        try (Universe u = open()) {
            id = Identify.run(u, limit);
        } catch (UniverseException e) {
            throw CliException.failure(e.getMessage());
        } catch (OutOfMemoryError e) {
            throw CliException.failure("ran out of heap (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB, -Xmx) identifying " + pattern + "; try a smaller --max or give Java more memory");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String fact : id.facts()) {
            out.println(fact);
        }
        out.println("generation=" + id.generation() + " population=" + id.population());
        out.flush();
        return 0;
    }

    /** The start: on the plane, or on a torus of --torus or the pattern's :T size. */
    private Universe open() throws CliException {
        Optional<Macrocell> tree = PatternSource.loadTreeIfMacrocell(pattern);
        if (tree.isPresent() && torus == null && (unbounded || tree.get().rule().torus() == null)) {
            try {
                return HashLifeUniverse.fromMacrocell(tree.get(), tree.get().rule().withoutTorus(),
                        Runtime.getRuntime().maxMemory() / 4);
            } catch (IllegalArgumentException e) {
                throw CliException.failure(pattern + ": " + e.getMessage());
            }
        }
        Pattern p = PatternSource.load(pattern);
        Rule rule = p.rule().withoutTorus();
        boolean onTorus = !unbounded && (torus != null || p.rule().torus() != null);
        if (!onTorus) {
            try {
                return RunCommand.planeUniverse(p, rule);
            } catch (IllegalArgumentException e) {
                // A B0 rule: the plane would fill at once.
                throw CliException.failure(e.getMessage() + " (--torus HxW)");
            }
        }
        return new TorusUniverse(RunCommand.placeOnTorus(p, torus, pattern), rule, "packed", new StrategyConfig(1));
    }
}
