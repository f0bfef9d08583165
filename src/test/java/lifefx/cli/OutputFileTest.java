package lifefx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} and {@code convert}'s OUT are checked before any work: an unwritable target is a bad
 * argument (exit 2) whose message names the target, never a temporary file.
 */
class OutputFileTest {

    /** A billion generations on 2000x2000 would take days: the refusal must come before the first. */
    private static final String[] ENDLESS_RUN = {"run", "--torus", "2000x2000", "--generations", "1000000000"};

    @TempDir
    Path dir;

    private Cli runWithOut(Path out) {
        String[] args = java.util.Arrays.copyOf(ENDLESS_RUN, ENDLESS_RUN.length + 2);
        args[ENDLESS_RUN.length] = "--out";
        args[ENDLESS_RUN.length + 1] = out.toString();
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run(args));
    }

    private static void assertRefused(Cli r, Path target, String reason) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lifefx run: --out: cannot write " + target + ": " + reason);
        assertThat(r.err()).doesNotContain(".tmp", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingFolderIsRefusedBeforeAnyGeneration() {
        Path target = dir.resolve("missing").resolve("x.rle");
        assertRefused(runWithOut(target), target, "the folder " + target.getParent() + " does not exist");
    }

    @Test
    void aFolderAsTargetIsRefused() throws Exception {
        Path target = Files.createDirectory(dir.resolve("x.rle"));
        assertRefused(runWithOut(target), target, "it is a folder");
    }

    @Test
    void aFileAsFolderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "");
        Path target = file.resolve("x.rle");
        assertRefused(runWithOut(target), target, file + " is not a folder");
    }

    @Test
    void anUnwritableFolderIsRefused() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path target = locked.resolve("x.rle");
        try {
            assertRefused(runWithOut(target), target, "the folder " + locked + " is not writable");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void convertChecksItsOutputBeforeReading() {
        Path target = dir.resolve("missing").resolve("x.rle");
        // The input does not exist either: the output is checked first, so this is a usage error.
        Cli r = Cli.run("convert", dir.resolve("no-such-input.rle").toString(), target.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lifefx convert: cannot write " + target + ": the folder "
                + target.getParent() + " does not exist");
    }

    @Test
    void aWritableTargetStillWorks() throws Exception {
        Path target = dir.resolve("ok.rle");
        Cli r = Cli.run("run", "--generations", "1", "--out", target.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(target)).contains("x = 9, y = 5");
    }
}
