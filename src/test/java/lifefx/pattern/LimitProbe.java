package lifefx.pattern;

import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap by {@link LimitsTest}: reads each file named on the command
 * line and prints one line per file, {@code OK <population>} or {@code ERROR <message>}, or {@code
 * OOM} if the heap ran out (which must never happen).
 */
public final class LimitProbe {

    private LimitProbe() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            try {
                Pattern p = PatternReader.read(Path.of(a));
                System.out.println("OK " + p.population());
            } catch (PatternFormatException e) {
                System.out.println("ERROR " + e.getMessage());
            } catch (OutOfMemoryError e) {
                System.out.println("OOM");
            } catch (Throwable t) {
                System.out.println("THROWN " + t);
            }
        }
        System.out.flush();
    }
}
