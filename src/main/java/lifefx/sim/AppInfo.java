package lifefx.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * What this LifeFX is and runs on: its version, the Java and JavaFX versions and the operating
 * system, as {@code lifefx --version} prints them and Help → About shows them. The app and JavaFX
 * versions come from {@code lifefx/build.properties}, which Maven fills in at build time, so no
 * JavaFX class is touched (the command line works where JavaFX cannot start).
 *
 * @param version    the app's version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param java       the running Java's version and vendor
 * @param javafx     the JavaFX version LifeFX was built with and carries
 * @param os         the operating system's name, version and architecture
 */
public record AppInfo(String version, String java, String javafx, String os) {

    private static final String RESOURCE = "/lifefx/build.properties";

    /** This process's facts. */
    public static AppInfo current() {
        Properties build = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        String vendor = System.getProperty("java.vendor", "");
        return new AppInfo(known(build.getProperty("version")),
                Runtime.version() + (vendor.isBlank() ? "" : " (" + vendor + ")"),
                known(build.getProperty("javafx")),
                System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "?") + " "
                        + System.getProperty("os.arch", "?"));
    }

    /** A property's value, or "unknown" when the build left it unfilled (an IDE run, say). */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }

    /** The lines {@code --version} prints and About shows, one fact each. */
    public List<String> lines() {
        return List.of("LifeFX " + version, "Java " + java, "JavaFX " + javafx, "OS " + os);
    }
}
