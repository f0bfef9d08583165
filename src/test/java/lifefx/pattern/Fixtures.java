package lifefx.pattern;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the shared Golly fixtures ({@code -Dlifefx.fixtures}), or skips the calling test with a reason. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The golly-patterns folder; skips the test when it is absent. */
    public static Path golly() {
        String prop = System.getProperty("lifefx.fixtures");
        Path dir = prop == null ? null : Path.of(prop, "golly-patterns");
        boolean present = dir != null && Files.isDirectory(dir);
        if (!present) {
            System.out.println("skipping: Golly fixtures not found (system property lifefx.fixtures = " + prop + ")");
        }
        assumeTrue(present, "Golly fixtures not found (lifefx.fixtures = " + prop + ")");
        return dir;
    }

    /** True when the fixtures exist, for method sources that must not throw. */
    public static boolean present() {
        String prop = System.getProperty("lifefx.fixtures");
        return prop != null && Files.isDirectory(Path.of(prop, "golly-patterns"));
    }

    /** File name → generation-0 population, from MANIFEST.txt. */
    static Map<String, Integer> manifest() throws IOException {
        Map<String, Integer> pops = new LinkedHashMap<>();
        for (String line : Files.readAllLines(golly().resolve("MANIFEST.txt"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 6 && f[0].endsWith(".rle")) {
                pops.put(f[0], Integer.parseInt(f[3].replace(",", "")));
            }
        }
        return pops;
    }

    /** Every pattern file under golly-patterns, in every format, sorted. */
    static List<Path> allPatternFiles() throws IOException {
        try (Stream<Path> s = Files.walk(golly())) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("MANIFEST.txt"))
                    .sorted()
                    .toList();
        }
    }
}
