package lifefx.pattern;

import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Run in a child JVM by {@link AtomicFileTest}: saves two large patterns over the file named on
 * the command line, one after the other, forever, printing {@code saved N} after each save, until
 * the test kills it.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** The {@code which}-th (0 or 1) of the two patterns, the same in every JVM. */
    static Pattern pattern(int which) {
        SplittableRandom rnd = new SplittableRandom(1000 + which);
        int side = 700;
        long[] keys = new long[side * side];
        int n = 0;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (rnd.nextInt(100) < 45) {
                    keys[n++] = CellSet.key(x, y);
                }
            }
        }
        return Pattern.of(CellSet.wrap(keys, n), lifefx.life.Rule.CONWAY,
                Metadata.EMPTY.withName("soup " + which));
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Pattern[] patterns = {pattern(0), pattern(1)};
        for (long n = 1; ; n++) {
            PatternWriter.writeFile(target, patterns[(int) (n % 2)], PatternFormat.RLE);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
