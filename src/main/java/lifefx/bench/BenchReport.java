package lifefx.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.CompactNumberFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import lifefx.plot.Spread;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Formats bench results as an aligned table, Markdown, CSV or JSON. Table and Markdown show skipped
 * cases with their reason; CSV and JSON, which scripts read, hold only measured rows. CSV is written
 * by Commons CSV and JSON by Jackson, so any name (a comma, a quote, a line break) reads back as it
 * was; rates use the JDK's {@link CompactNumberFormat}. Stateless and thread-safe.
 *
 * <p>Rows of the unbounded universe ({@link UniverseResult}, strategy {@code hashlife}) have other
 * columns: table and Markdown give them a second table; CSV gives them the same columns as the torus
 * rows ({@code grid} is {@code unbounded:PATTERN}, {@code steps} the generation, {@code seconds}
 * and {@code msPerStep} the median run); JSON gives them objects of their own shape, with {@code
 * "universe": "unbounded"}.
 */
public final class BenchReport {

    /** Output formats of {@code bench --format}. */
    public enum Format { TABLE, MARKDOWN, CSV, JSON }

    private BenchReport() {
    }

    public static String format(List<BenchResult> results, Format format) {
        return format(results, List.of(), format);
    }

    /** Torus rows, then unbounded-universe rows. */
    public static String format(List<BenchResult> results, List<UniverseResult> unbounded, Format format) {
        return switch (format) {
            case TABLE -> join(results.isEmpty() ? "" : table(results), unbounded.isEmpty() ? "" : universeTable(unbounded));
            case MARKDOWN -> join(results.isEmpty() ? "" : markdown(results),
                    unbounded.isEmpty() ? "" : universeMarkdown(unbounded));
            case CSV -> csv(results, unbounded);
            case JSON -> json(results, unbounded);
        };
    }

    private static String join(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? a + b : a + "\n" + b;
    }

    private static final List<String> UNIVERSE_HEADER = List.of("strategy", "universe", "pattern", "generations", "runs",
            "seconds (median)", "min", "max", "population", "check");

    private static List<String> universeCells(UniverseResult r) {
        UniverseCase c = r.universeCase();
        return List.of("hashlife", "unbounded", c.pattern(), c.generations().toString(), Integer.toString(c.runs()),
                fixed(r.medianSeconds(), 4), fixed(r.minSeconds(), 4), fixed(r.maxSeconds(), 4),
                String.format(Locale.ROOT, "%,d", r.population()), r.check());
    }

    private static String universeTable(List<UniverseResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (UniverseResult r : results) {
            rows.add(universeCells(r));
        }
        int[] widths = new int[UNIVERSE_HEADER.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = UNIVERSE_HEADER.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendAligned(sb, UNIVERSE_HEADER, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        sb.append(rule).append('\n');
        for (List<String> row : rows) {
            appendAligned(sb, row, widths);
        }
        return sb.toString();
    }

    private static String universeMarkdown(List<UniverseResult> results) {
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", UNIVERSE_HEADER))
                .append(" |\n|---|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (UniverseResult r : results) {
            sb.append("| ").append(String.join(" | ", universeCells(r))).append(" |\n");
        }
        return sb.toString();
    }

    private static boolean anyIo(List<BenchResult> results) {
        return results.stream().anyMatch(r -> r.benchCase().io().latencyNanos() > 0
                || !r.benchCase().io().name().equals("none"));
    }

    private static List<String> header(boolean io) {
        List<String> h = new ArrayList<>(List.of("strategy", "grid", "steps", "threads"));
        if (io) {
            h.add("io");
        }
        h.addAll(List.of("seconds", "ms/step (median)", "cell updates/s"));
        if (io) {
            h.add("peak in flight");
        }
        h.addAll(List.of("article Python s", "vs Python", "check"));
        return h;
    }

    private static List<String> cells(BenchResult r, boolean io) {
        BenchCase c = r.benchCase();
        List<String> row = new ArrayList<>(List.of(c.strategy(), c.grid().toString(), Integer.toString(c.steps()),
                Integer.toString(c.threads())));
        if (io) {
            row.add(Bench.describe(c.io()));
        }
        if (r.wasSkipped()) {
            row.add("skipped: " + r.skipped());
            return row;
        }
        row.add(fixed(r.seconds(), 3));
        row.add(fixed(r.msPerStep(), 3));
        row.add(engineering(r.cellUpdatesPerSecond()));
        if (io) {
            row.add(String.format(Locale.ROOT, "%,d", r.peakInFlight()));
        }
        OptionalDouble py = r.pythonSeconds();
        row.add(py.isPresent() ? fixed(py.getAsDouble(), 2) : "-");
        row.add(py.isPresent() ? ratio(py.getAsDouble() / r.seconds()) : "-");
        row.add(r.matchesSequential() ? "ok" : "MISMATCH");
        return row;
    }

    private static String table(List<BenchResult> results) {
        boolean io = anyIo(results);
        List<String> header = header(io);
        List<List<String>> rows = new ArrayList<>();
        for (BenchResult r : results) {
            rows.add(cells(r, io));
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            if (row.size() == header.size()) {
                for (int i = 0; i < row.size(); i++) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        appendAligned(sb, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        sb.append(rule).append('\n');
        for (List<String> row : rows) {
            appendAligned(sb, row, widths);
        }
        return sb.toString();
    }

    private static void appendAligned(StringBuilder sb, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            boolean last = i == row.size() - 1;
            if (i > 0) {
                line.append("  ");
            }
            boolean numeric = i >= 2 && !cell.startsWith("skipped") && !cell.equals("ok") && !cell.equals("MISMATCH")
                    && !Character.isLetter(cell.charAt(0));
            if (last && !numeric) {
                line.append(cell);
            } else if (numeric) {
                line.append(" ".repeat(Math.max(0, widths[i] - cell.length()))).append(cell);
            } else {
                line.append(cell).append(" ".repeat(Math.max(0, widths[i] - cell.length())));
            }
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    private static String markdown(List<BenchResult> results) {
        boolean io = anyIo(results);
        List<String> header = header(io);
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            sb.append(i < 2 || (io && i == 4) || i == header.size() - 1 ? "---|" : "---:|");
        }
        sb.append('\n');
        for (BenchResult r : results) {
            List<String> row = cells(r, io);
            while (row.size() < header.size()) {
                row.add("");
            }
            sb.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return sb.toString();
    }

    /** The CSV columns, in order; scripts read them by name. */
    static final List<String> CSV_HEADER = List.of("strategy", "grid", "steps", "threads", "io", "latencyNanos",
            "seconds", "msPerStep", "cellUpdatesPerSecond", "peakInFlight", "articlePythonSeconds",
            "matchesSequential");

    /** CSV through Commons CSV, which quotes a field holding a comma, a quote or a line break. */
    private static String csv(List<BenchResult> results, List<UniverseResult> unbounded) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (BenchResult r : results) {
                if (r.wasSkipped()) {
                    continue;
                }
                BenchCase c = r.benchCase();
                OptionalDouble py = r.pythonSeconds();
                printer.printRecord(c.strategy(), c.grid(), c.steps(), c.threads(), c.io().name(),
                        c.io().latencyNanos(), number(r.seconds()), number(r.msPerStep()),
                        number(r.cellUpdatesPerSecond()), r.peakInFlight(),
                        py.isPresent() ? number(py.getAsDouble()) : "", r.matchesSequential());
            }
            for (UniverseResult r : unbounded) {
                UniverseCase c = r.universeCase();
                printer.printRecord("hashlife", "unbounded:" + c.pattern(), c.generations(), 1, "none", 0,
                        number(r.medianSeconds()), number(r.medianSeconds() * 1e3), "", 0, "", r.ok());
            }
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** JSON through Jackson: an array with one object per measured case; a missing figure is null. */
    private static String json(List<BenchResult> results, List<UniverseResult> unbounded) {
        ArrayNode array = JSON.createArrayNode();
        for (BenchResult r : results) {
            if (r.wasSkipped()) {
                continue;
            }
            BenchCase c = r.benchCase();
            OptionalDouble py = r.pythonSeconds();
            ObjectNode o = array.addObject();
            o.put("strategy", c.strategy());
            o.put("grid", c.grid().toString());
            o.put("steps", c.steps());
            o.put("threads", c.threads());
            putNumber(o, "seconds", r.seconds());
            putNumber(o, "msPerStep", r.msPerStep());
            putNumber(o, "cellUpdatesPerSecond", r.cellUpdatesPerSecond());
            o.put("io", c.io().name());
            o.put("latencyNanos", c.io().latencyNanos());
            o.put("peakInFlight", r.peakInFlight());
            putNumber(o, "articlePythonSeconds", py.isPresent() ? py.getAsDouble() : Double.NaN);
            o.put("matchesSequential", r.matchesSequential());
            putRaw(o, r);
        }
        for (UniverseResult r : unbounded) {
            UniverseCase c = r.universeCase();
            ObjectNode o = array.addObject();
            o.put("strategy", "hashlife");
            o.put("universe", "unbounded");
            o.put("pattern", c.pattern());
            o.put("generations", c.generations().toString());
            o.put("runs", c.runs());
            putNumber(o, "seconds", r.medianSeconds());
            putNumber(o, "secondsMin", r.minSeconds());
            putNumber(o, "secondsMax", r.maxSeconds());
            o.put("population", r.population().toString());
            o.put("check", r.check());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    }

    /** The raw per-generation times of one round: {@code round}, {@code warmupNanos}, {@code nanos}. */
    private static void putRaw(ObjectNode o, BenchResult r) {
        o.put("round", r.round());
        ArrayNode warm = o.putArray("warmupNanos");
        for (long n : r.warmupNanos()) {
            warm.add(n);
        }
        ArrayNode timed = o.putArray("nanos");
        for (long n : r.nanos()) {
            timed.add(n);
        }
    }

    /** The columns of a summary ({@code --repeat}, {@code --baseline}, {@code --latency-sweep}) table. */
    private static List<String> summaryHeader(List<BenchSummary> summaries) {
        boolean io = summaries.stream().anyMatch(s -> !s.benchCase().io().name().equals("none"));
        String base = summaries.stream().map(BenchSummary::baseline).filter(b -> b != null).findFirst().orElse(null);
        int warmup = summaries.stream().mapToInt(s -> s.benchCase().warmup()).max().orElse(0);
        List<String> h = new ArrayList<>(List.of("strategy", "grid", "steps", "threads"));
        if (io) {
            h.add("io");
        }
        h.addAll(List.of("rounds", "ms/step (median)", "min", "max"));
        if (base != null) {
            h.addAll(List.of("speed-up vs " + base + " (median)", "min", "max"));
        }
        h.add("warm-up ms (" + warmup + " gen)");
        if (io) {
            h.addAll(List.of("floor ms", "peak in flight"));
        }
        h.addAll(List.of("cell updates/s", "check"));
        return h;
    }

    private static List<String> summaryCells(BenchSummary s, List<String> header) {
        BenchCase c = s.benchCase();
        boolean io = header.contains("io");
        boolean base = header.stream().anyMatch(h -> h.startsWith("speed-up"));
        List<String> row = new ArrayList<>(List.of(c.strategy(), c.grid().toString(), Integer.toString(c.steps()),
                Integer.toString(c.threads())));
        if (io) {
            row.add(Bench.describe(c.io()));
        }
        if (s.wasSkipped()) {
            row.add("skipped: " + s.skipped());
            return row;
        }
        row.add(Integer.toString(s.rounds().size()));
        row.add(fixed(s.msPerStep().median(), 3));
        row.add(fixed(s.msPerStep().min(), 3));
        row.add(fixed(s.msPerStep().max(), 3));
        if (base) {
            Spread r = s.speedup();
            row.add(r.isEmpty() ? "-" : ratio(r.median()));
            row.add(r.isEmpty() ? "-" : ratio(r.min()));
            row.add(r.isEmpty() ? "-" : ratio(r.max()));
        }
        row.add(fixed(s.warmupMs().median(), 3));
        if (io) {
            row.add(Double.isNaN(s.floorMs()) ? "-" : fixed(s.floorMs(), 3));
            row.add(String.format(Locale.ROOT, "%,d", s.peakInFlight()));
        }
        row.add(engineering(s.cellUpdatesPerSecond()));
        row.add(s.matchesSequential() ? "ok" : "MISMATCH");
        return row;
    }

    /** The CSV columns of a summary, in order; scripts read them by name. */
    static final List<String> SUMMARY_CSV_HEADER = List.of("strategy", "grid", "steps", "threads", "io",
            "latencyNanos", "rounds", "msPerStep", "msPerStepMin", "msPerStepMax", "baseline", "speedup",
            "speedupMin", "speedupMax", "warmup", "warmupMs", "warmupMsMin", "warmupMsMax", "floorMs",
            "peakInFlight", "cellUpdatesPerSecond", "matchesSequential");

    /**
     * Summaries of {@code bench --repeat}, {@code --baseline} or {@code --latency-sweep}: one row
     * per strategy, grid and I/O mode over all rounds, then the unbounded-universe rows as {@link
     * #format} gives them. Table and Markdown show skipped cases; CSV and JSON hold measured rows,
     * and JSON carries each round's raw per-generation times ({@code runs}).
     */
    public static String formatSummary(List<BenchSummary> summaries, List<UniverseResult> unbounded, Format format) {
        List<String> header = summaryHeader(summaries);
        List<List<String>> rows = new ArrayList<>();
        for (BenchSummary s : summaries) {
            rows.add(summaryCells(s, header));
        }
        return switch (format) {
            case TABLE -> join(summaries.isEmpty() ? "" : aligned(header, rows),
                    unbounded.isEmpty() ? "" : universeTable(unbounded));
            case MARKDOWN -> join(summaries.isEmpty() ? "" : markdownRows(header, rows),
                    unbounded.isEmpty() ? "" : universeMarkdown(unbounded));
            case CSV -> summaryCsv(summaries);
            case JSON -> summaryJson(summaries, unbounded);
        };
    }

    /** An aligned text table: text columns left, figures right, skipped rows as they are. */
    private static String aligned(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                if (row.size() == widths.length) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        appendAligned(sb, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        sb.append(rule).append('\n');
        for (List<String> row : rows) {
            appendAligned(sb, row, widths);
        }
        return sb.toString();
    }

    private static String markdownRows(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        for (String h : header) {
            sb.append(h.equals("strategy") || h.equals("grid") || h.equals("io") || h.equals("check") ? "---|" : "---:|");
        }
        sb.append('\n');
        for (List<String> row : rows) {
            List<String> full = new ArrayList<>(row);
            while (full.size() < header.size()) {
                full.add("");
            }
            sb.append("| ").append(String.join(" | ", full)).append(" |\n");
        }
        return sb.toString();
    }

    private static String summaryCsv(List<BenchSummary> summaries) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(SUMMARY_CSV_HEADER.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (BenchSummary s : summaries) {
                if (s.wasSkipped()) {
                    continue;
                }
                BenchCase c = s.benchCase();
                Spread r = s.speedup();
                printer.printRecord(c.strategy(), c.grid(), c.steps(), c.threads(), c.io().name(),
                        c.io().latencyNanos(), s.rounds().size(), number(s.msPerStep().median()),
                        number(s.msPerStep().min()), number(s.msPerStep().max()),
                        s.baseline() == null ? "" : s.baseline(), r.isEmpty() ? "" : number(r.median()),
                        r.isEmpty() ? "" : number(r.min()), r.isEmpty() ? "" : number(r.max()), c.warmup(),
                        number(s.warmupMs().median()), number(s.warmupMs().min()), number(s.warmupMs().max()),
                        Double.isNaN(s.floorMs()) ? "" : number(s.floorMs()), s.peakInFlight(),
                        number(s.cellUpdatesPerSecond()), s.matchesSequential());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String summaryJson(List<BenchSummary> summaries, List<UniverseResult> unbounded) {
        ArrayNode array = JSON.createArrayNode();
        for (BenchSummary s : summaries) {
            if (s.wasSkipped()) {
                continue;
            }
            BenchCase c = s.benchCase();
            ObjectNode o = array.addObject();
            o.put("strategy", c.strategy());
            o.put("grid", c.grid().toString());
            o.put("steps", c.steps());
            o.put("threads", c.threads());
            o.put("io", c.io().name());
            o.put("latencyNanos", c.io().latencyNanos());
            o.put("rounds", s.rounds().size());
            putNumber(o, "msPerStep", s.msPerStep().median());
            putNumber(o, "msPerStepMin", s.msPerStep().min());
            putNumber(o, "msPerStepMax", s.msPerStep().max());
            if (s.baseline() == null) {
                o.putNull("baseline");
            } else {
                o.put("baseline", s.baseline());
            }
            putNumber(o, "speedup", s.speedup().median());
            putNumber(o, "speedupMin", s.speedup().min());
            putNumber(o, "speedupMax", s.speedup().max());
            o.put("warmup", c.warmup());
            putNumber(o, "warmupMs", s.warmupMs().median());
            putNumber(o, "warmupMsMin", s.warmupMs().min());
            putNumber(o, "warmupMsMax", s.warmupMs().max());
            putNumber(o, "floorMs", s.floorMs());
            o.put("peakInFlight", s.peakInFlight());
            putNumber(o, "cellUpdatesPerSecond", s.cellUpdatesPerSecond());
            o.put("matchesSequential", s.matchesSequential());
            ArrayNode runs = o.putArray("runs");
            for (BenchResult r : s.rounds()) {
                ObjectNode run = runs.addObject();
                putNumber(run, "seconds", r.seconds());
                putNumber(run, "msPerStep", r.msPerStep());
                run.put("matchesSequential", r.matchesSequential());
                putRaw(run, r);
            }
        }
        ArrayNode rest = (ArrayNode) JSON.readTree(json(List.of(), unbounded));
        array.addAll(rest);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    }

    private static final List<String> SCALING_HEADER = List.of("strategy", "grid", "cells", "warmup", "steps",
            "ms/step (median)", "min", "max", "ns/cell update", "cell updates/s", "check");

    /** The CSV columns of {@code bench --scaling}, in order; scripts read them by name. */
    static final List<String> SCALING_CSV_HEADER = List.of("strategy", "grid", "side", "cells", "warmup", "steps",
            "msPerStep", "msMin", "msMax", "nsPerCellUpdate", "cellUpdatesPerSecond", "totalSeconds",
            "matchesSequential");

    /**
     * {@code bench --scaling} rows: one per strategy and size, in the order measured. Table and
     * Markdown show where a series stopped and why; CSV and JSON hold only measured rows.
     */
    public static String formatScaling(List<ScalingResult> results, Format format) {
        return switch (format) {
            case TABLE -> scalingTable(results);
            case MARKDOWN -> scalingMarkdown(results);
            case CSV -> scalingCsv(results);
            case JSON -> scalingJson(results);
        };
    }

    private static List<String> scalingCells(ScalingResult r) {
        List<String> row = new ArrayList<>(List.of(r.strategy(), r.side() + "x" + r.side(),
                String.format(Locale.ROOT, "%,d", r.cells())));
        if (r.wasStopped()) {
            row.add("stopped: " + r.stopped());
            return row;
        }
        row.add(Integer.toString(r.warmup()));
        row.add(Integer.toString(r.steps()));
        row.add(fixed(r.medianNanos() / 1e6, 3));
        row.add(fixed(r.minNanos() / 1e6, 3));
        row.add(fixed(r.maxNanos() / 1e6, 3));
        row.add(fixed(r.nanosPerCellUpdate(), 3));
        row.add(engineering(r.cellUpdatesPerSecond()));
        row.add(r.matchesSequential() ? "ok" : "MISMATCH");
        return row;
    }

    private static String scalingTable(List<ScalingResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (ScalingResult r : results) {
            rows.add(scalingCells(r));
        }
        return aligned(SCALING_HEADER, rows);
    }

    private static String scalingMarkdown(List<ScalingResult> results) {
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", SCALING_HEADER))
                .append(" |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ScalingResult r : results) {
            List<String> row = scalingCells(r);
            while (row.size() < SCALING_HEADER.size()) {
                row.add("");
            }
            sb.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return sb.toString();
    }

    private static String scalingCsv(List<ScalingResult> results) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(SCALING_CSV_HEADER.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ScalingResult r : results) {
                if (!r.wasStopped()) {
                    printer.printRecord(r.strategy(), r.side() + "x" + r.side(), r.side(), r.cells(), r.warmup(),
                            r.steps(), number(r.medianNanos() / 1e6), number(r.minNanos() / 1e6),
                            number(r.maxNanos() / 1e6), number(r.nanosPerCellUpdate()),
                            number(r.cellUpdatesPerSecond()), number(r.totalSeconds()), r.matchesSequential());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String scalingJson(List<ScalingResult> results) {
        ArrayNode array = JSON.createArrayNode();
        for (ScalingResult r : results) {
            if (r.wasStopped()) {
                continue;
            }
            ObjectNode o = array.addObject();
            o.put("strategy", r.strategy());
            o.put("grid", r.side() + "x" + r.side());
            o.put("side", r.side());
            o.put("cells", r.cells());
            o.put("warmup", r.warmup());
            o.put("steps", r.steps());
            putNumber(o, "msPerStep", r.medianNanos() / 1e6);
            putNumber(o, "msMin", r.minNanos() / 1e6);
            putNumber(o, "msMax", r.maxNanos() / 1e6);
            putNumber(o, "nsPerCellUpdate", r.nanosPerCellUpdate());
            putNumber(o, "cellUpdatesPerSecond", r.cellUpdatesPerSecond());
            putNumber(o, "totalSeconds", r.totalSeconds());
            o.put("matchesSequential", r.matchesSequential());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    }

    /** A plain decimal (no exponent), or null when the figure is missing or not finite. */
    private static void putNumber(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, new BigDecimal(number(v)));
        } else {
            o.putNull(field);
        }
    }

    /** A plain decimal number for CSV and JSON: no grouping, no exponent surprises, finite. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s;
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private static String ratio(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0fx", v);
        }
        // Below 0.1, two significant digits: 0.016x, not 0.0x.
        return v >= 0.1 || !(v > 0) ? String.format(Locale.ROOT, "%.1fx", v)
                : new BigDecimal(v).round(new java.math.MathContext(2)).toPlainString() + "x";
    }

    /** k, M, G and T with two decimals, for rates that span many orders of magnitude. */
    private static final String[] COMPACT_PATTERNS = {"", "", "", "0 k", "00 k", "000 k", "0 M", "00 M", "000 M",
        "0 G", "00 G", "000 G", "0 T", "00 T", "000 T"};

    /** 1.23 M style figures through the JDK's CompactNumberFormat (not thread-safe: one per call). */
    static String engineering(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        if (v < 1e3) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        CompactNumberFormat f = new CompactNumberFormat("#,##0.0#", DecimalFormatSymbols.getInstance(Locale.ROOT),
                COMPACT_PATTERNS);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }
}
