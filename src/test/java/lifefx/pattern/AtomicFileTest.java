package lifefx.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving keeps permissions, follows links, is atomic under kills, and cleans up after itself. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private static final Pattern GLIDER = Pattern.of(CellSet.of(1, 0, 2, 1, 0, 2, 1, 2, 2, 2));

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw-rw-r--", "rwx------"})
    void anExistingFileKeepsItsPermissions(String mode) throws Exception {
        Path target = Files.writeString(dir.resolve("keep.rle"), "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
        PatternWriter.writeFile(target, GLIDER, PatternFormat.RLE);
        assertThat(perms(target)).isEqualTo(mode);
        assertThat(PatternReader.read(target).cells()).isEqualTo(GLIDER.cells());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aNewFileGetsTheUmaskLikeAnyNewFile() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path target = dir.resolve("new.rle");
        PatternWriter.writeFile(target, GLIDER, PatternFormat.RLE);
        assertThat(perms(target)).isEqualTo(perms(reference)).isNotEqualTo("rw-------");
    }

    @Test
    void anExistingFileKeepsItsOwnerAndGroupWhenRootSaves() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root may give a file away");
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody;
        GroupPrincipal group;
        try {
            nobody = users.lookupPrincipalByName("nobody");
            group = users.lookupPrincipalByGroupName("nogroup");
        } catch (IOException e) {
            assumeTrue(false, "no user nobody or group nogroup here: " + e);
            return;
        }
        Path target = Files.writeString(dir.resolve("theirs.rle"), "old\n");
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(group);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        PatternWriter.writeFile(target, GLIDER, PatternFormat.RLE);
        PosixFileAttributes after = Files.readAttributes(target, PosixFileAttributes.class);
        assertThat(after.owner()).isEqualTo(nobody);
        assertThat(after.group()).isEqualTo(group);
        assertThat(PosixFilePermissions.toString(after.permissions())).isEqualTo("rw-rw----");
    }

    @Test
    void staleTemporaryFilesOfOurOwnNamingAreRemovedOnTheNextSave() throws Exception {
        Path target = dir.resolve("x.rle");
        Files.writeString(dir.resolve(".x.rle.1697722706933465550.tmp"), "half a file");
        Files.writeString(dir.resolve(".x.rle.7.tmp"), "another");
        Files.writeString(dir.resolve(".y.rle.7.tmp"), "another file's");
        Files.writeString(dir.resolve(".x.rle.tmp"), "not our naming");
        Files.writeString(dir.resolve("x.rle.5.tmp"), "not our naming");
        PatternWriter.writeFile(target, GLIDER, PatternFormat.RLE);
        assertThat(leftovers()).containsExactlyInAnyOrder(".y.rle.7.tmp", ".x.rle.tmp", "x.rle.5.tmp");
    }

    @Test
    void savingOntoASymlinkWritesThroughToItsFile() throws Exception {
        Path realDir = Files.createDirectory(dir.resolve("real"));
        Path linkDir = Files.createDirectory(dir.resolve("links"));
        Path real = Files.writeString(realDir.resolve("gun.rle"), "old\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(linkDir.resolve("gun.rle"), Path.of("../real/gun.rle"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("again.rle"), link);

        PatternWriter.writeFile(link, GLIDER, PatternFormat.RLE);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../real/gun.rle"));
        assertThat(PatternReader.read(real).cells()).isEqualTo(GLIDER.cells());
        assertThat(perms(real)).isEqualTo("rw-r-----");

        Pattern block = Pattern.of(CellSet.of(0, 0, 1, 0, 0, 1, 1, 1));
        PatternWriter.writeFile(linkToLink, block, PatternFormat.RLE);
        assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PatternReader.read(real).cells()).isEqualTo(block.cells());
        try (Stream<Path> a = Files.list(realDir); Stream<Path> b = Files.list(linkDir)) {
            assertThat(Stream.concat(a, b).map(p -> p.getFileName().toString())).containsExactly("gun.rle", "gun.rle");
        }
    }

    @Test
    void aDanglingSymlinkCreatesTheFileItNames() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("new.rle"), Path.of("made.rle"));
        PatternWriter.writeFile(link, GLIDER, PatternFormat.RLE);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PatternReader.read(dir.resolve("made.rle")).cells()).isEqualTo(GLIDER.cells());
    }

    @Test
    void aFailureNamesTheTargetAndNotTheTemporaryFile() {
        Path target = dir.resolve("missing").resolve("x.rle");
        assertThatThrownBy(() -> PatternWriter.writeFile(target, GLIDER, PatternFormat.RLE))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": the folder " + target.getParent() + " does not exist");
        Path loop = dir.resolve("loop.rle");
        assertThatThrownBy(() -> {
            Files.createSymbolicLink(loop, loop.getFileName());
            PatternWriter.writeFile(loop, GLIDER, PatternFormat.RLE);
        }).hasMessage("cannot write " + loop + ": too many levels of symbolic links");
    }

    /**
     * A child JVM saves two large patterns in turn over one file and is killed at a random save, 30
     * times. After every kill the file is one of the two whole texts; temporary files a kill left
     * are removed by the next save.
     */
    @Test
    void killedMidSaveTheTargetIsTheWholeOldOrTheWholeNewFile() throws Exception {
        String seedProperty = System.getProperty("stress.seed", "8");
        long seed = "random".equals(seedProperty) ? new Random().nextLong() : Long.parseLong(seedProperty);
        System.out.println("AtomicFileTest kill test: -Dstress.seed=" + seed);
        Random rnd = new Random(seed);
        byte[] a = PatternWriter.write(SaveLoop.pattern(0), PatternFormat.RLE).getBytes(StandardCharsets.UTF_8);
        byte[] b = PatternWriter.write(SaveLoop.pattern(1), PatternFormat.RLE).getBytes(StandardCharsets.UTF_8);
        Path target = dir.resolve("soup.rle");
        Files.write(target, a);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int leftBehind = 0;
        int killsMidSave = 0;
        int kills = 0;
        // 30 kills, and more (up to 120) until one has landed while a temporary file existed: how
        // often a kill does depends on the machine's load, and the race must be seen at least once.
        for (int kill = 0; kill < 30 || (killsMidSave == 0 && kill < 120); kill++) {
            kills++;
            int saves = 2 + rnd.nextInt(2);
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx128m",
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), target.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                long firstSaved = 0;
                long lastSaved = 0;
                while ((line = out.readLine()) != null && !line.equals("saved " + saves)) {
                    assertThat(line).startsWith("saved ");
                    lastSaved = System.nanoTime();
                    firstSaved = firstSaved == 0 ? lastSaved : firstSaved;
                }
                assertThat(line).as("child saved %d times before dying", saves).isEqualTo("saved " + saves);
                long now = System.nanoTime();
                // The child is now in its next save: kill it at a random moment of it, mostly in its
                // second half, where the temporary file exists (the first half builds the text). A
                // save's length is estimated from the child's own saves. (The wait is the random
                // kill time itself, not a wait for something to happen.)
                long period = Math.max(1, (now - firstSaved) / (saves - 1) / 1_000_000);
                long killAfter = (long) (period * (0.3 + 0.9 * rnd.nextDouble()));
                assertThat(child.waitFor(killAfter, TimeUnit.MILLISECONDS) && child.exitValue() != 0)
                        .as("child still saving").isFalse();
                child.destroyForcibly();
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            byte[] now = Files.readAllBytes(target);
            assertThat(Arrays.equals(now, a) || Arrays.equals(now, b))
                    .as("after kill %d (seed %d) the file is one whole text, %d bytes", kill, seed, now.length)
                    .isTrue();
            leftBehind += leftovers().size();
            killsMidSave += leftovers().isEmpty() ? 0 : 1;
        }
        System.out.println("AtomicFileTest kill test: " + killsMidSave + " of " + kills + " kills left a temporary file ("
                + leftBehind + " counted after each kill)");
        // The race happened: some kills landed while a temporary file was being written.
        assertThat(killsMidSave).as("kills that left a temporary file").isPositive();
        PatternWriter.writeFile(target, GLIDER, PatternFormat.RLE);
        assertThat(leftovers()).isEmpty();
    }
}
