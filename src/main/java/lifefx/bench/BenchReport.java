package lifefx.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Formats bench results as an aligned table, Markdown, CSV or JSON. Table and Markdown show skipped
 * cases with their reason; CSV and JSON, which scripts read, hold only measured rows.
 */
public final class BenchReport {

    /** Output formats of {@code bench --format}. */
    public enum Format { TABLE, MARKDOWN, CSV, JSON }

    private BenchReport() {
    }

    public static String format(List<BenchResult> results, Format format) {
        return switch (format) {
            case TABLE -> table(results);
            case MARKDOWN -> markdown(results);
            case CSV -> csv(results);
            case JSON -> json(results);
        };
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

    private static String csv(List<BenchResult> results) {
        StringBuilder sb = new StringBuilder(
                "strategy,grid,steps,threads,io,latencyNanos,seconds,msPerStep,cellUpdatesPerSecond,peakInFlight,"
                        + "articlePythonSeconds,matchesSequential\n");
        for (BenchResult r : results) {
            if (r.wasSkipped()) {
                continue;
            }
            BenchCase c = r.benchCase();
            OptionalDouble py = r.pythonSeconds();
            sb.append(c.strategy()).append(',').append(c.grid()).append(',').append(c.steps()).append(',')
                    .append(c.threads()).append(',').append(c.io().name()).append(',').append(c.io().latencyNanos())
                    .append(',').append(number(r.seconds())).append(',').append(number(r.msPerStep())).append(',')
                    .append(number(r.cellUpdatesPerSecond())).append(',').append(r.peakInFlight()).append(',')
                    .append(py.isPresent() ? number(py.getAsDouble()) : "").append(',')
                    .append(r.matchesSequential()).append('\n');
        }
        return sb.toString();
    }

    private static String json(List<BenchResult> results) {
        StringBuilder sb = new StringBuilder("[");
        boolean first = true;
        for (BenchResult r : results) {
            if (r.wasSkipped()) {
                continue;
            }
            BenchCase c = r.benchCase();
            sb.append(first ? "\n" : ",\n");
            first = false;
            OptionalDouble py = r.pythonSeconds();
            sb.append("  {\"strategy\": \"").append(c.strategy())
                    .append("\", \"grid\": \"").append(c.grid())
                    .append("\", \"steps\": ").append(c.steps())
                    .append(", \"threads\": ").append(c.threads())
                    .append(", \"seconds\": ").append(number(r.seconds()))
                    .append(", \"msPerStep\": ").append(number(r.msPerStep()))
                    .append(", \"cellUpdatesPerSecond\": ").append(number(r.cellUpdatesPerSecond()))
                    .append(", \"io\": \"").append(c.io().name())
                    .append("\", \"latencyNanos\": ").append(c.io().latencyNanos())
                    .append(", \"peakInFlight\": ").append(r.peakInFlight())
                    .append(", \"articlePythonSeconds\": ").append(py.isPresent() ? number(py.getAsDouble()) : "null")
                    .append(", \"matchesSequential\": ").append(r.matchesSequential())
                    .append('}');
        }
        return sb.append(first ? "]\n" : "\n]\n").toString();
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
        return v >= 100 ? String.format(Locale.ROOT, "%,.0fx", v) : String.format(Locale.ROOT, "%.1fx", v);
    }

    /** 1.23e6 style figures for rates, which span many orders of magnitude. */
    private static String engineering(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.2f G", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.2f k", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
