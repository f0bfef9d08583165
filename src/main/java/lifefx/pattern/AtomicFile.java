package lifefx.pattern;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a whole file so that the target is always either the complete old file or the complete
 * new one, as editors do. Stateless apart from the set of temporary files being written right
 * now; thread-safe, and any thread may call it (it blocks on I/O, so not the FX thread).
 *
 * <h2>How a save goes</h2>
 * <ol>
 *   <li>Symbolic links are followed to the file they name, so saving onto a link writes through
 *       to its file and the link stays a link.
 *   <li>Temporary files of our own naming, {@code .NAME.NNN.tmp} beside the target, that a killed
 *       save left behind are removed (those this JVM is writing right now are kept).
 *   <li>The text goes to a new {@code .NAME.NNN.tmp} in the same folder, created as an ordinary
 *       file, so it gets the user's umask ({@code 0666 & ~umask}), as any new file does.
 *       ({@code Files.createTempFile} would force {@code 0600}, and Java cannot read the umask.)
 *       When the target exists, its POSIX permissions, and where the user may set them its owner
 *       and group, are copied to the temporary file first.
 *   <li>The temporary file is forced to disk and moved over the target with {@code ATOMIC_MOVE}
 *       (a rename within one folder), or, where the file system cannot, an ordinary replace.
 * </ol>
 *
 * <p>Every failure is an {@link IOException} whose message is one line naming the target, never
 * the temporary file: {@code cannot write /home/me/x.rle: the folder /home/me does not exist}.
 */
public final class AtomicFile {

    /** Hops through symbolic links before giving up, as the kernel's own limit (ELOOP). */
    private static final int MAX_LINKS = 40;

    /** Temporary files this JVM is writing now, which a concurrent save must not take for stale. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    private AtomicFile() {
    }

    /**
     * Checks, without writing anything, that {@code target} could be written: its folder exists
     * and can be written, it is not a folder, and it can be written if it exists. Meant for a
     * command line to refuse a bad output file before doing any work.
     *
     * @throws IOException whose one-line message names the target and what is wrong
     */
    public static void checkWritable(Path target) throws IOException {
        Path real = resolveLinks(target);
        if (Files.isDirectory(real)) {
            throw failure(target, "it is a folder");
        }
        Path folder = real.getParent();
        if (folder == null || !Files.exists(folder)) {
            throw failure(target, "the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw failure(target, folder + " is not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw failure(target, "the folder " + folder + " is not writable");
        }
        if (Files.exists(real) && !Files.isWritable(real)) {
            throw failure(target, "the file is not writable");
        }
    }

    /**
     * Replaces {@code target} with {@code content}, atomically (see the class notes).
     *
     * @throws IOException whose one-line message names the target and what is wrong
     */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, temp -> {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        });
    }

    /** Fills the temporary file of a save; see {@link #write(Path, Body)}. */
    @FunctionalInterface
    public interface Body {
        /** Writes the whole new content into {@code temp}, an empty file that exists. */
        void writeTo(Path temp) throws IOException;
    }

    /**
     * Replaces {@code target} with what {@code body} writes into the temporary file, atomically
     * (see the class notes): for content that another API writes to a path, such as a Flight
     * Recorder dump, without holding it in memory. The file is forced to disk before the rename.
     *
     * @throws IOException whose one-line message names the target and what is wrong
     */
    public static void write(Path target, Body body) throws IOException {
        checkWritable(target);
        Path real = resolveLinks(target);
        Path folder = real.getParent();
        String name = real.getFileName().toString();
        removeStale(folder, name);
        Path temp = null;
        try {
            temp = createTemp(folder, name);
            if (Files.exists(real)) {
                copyAttributes(real, temp);
            }
            body.writeTo(temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // On disk before the rename, so a crash after it never leaves an empty file.
                ch.force(true);
            }
            try {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(target, reason(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Left for the next save's clean-up, which removes our own stale files.
                }
                IN_PROGRESS.remove(temp);
            }
        }
    }

    /**
     * The file a path names once symbolic links are followed: the path itself when it is no link
     * (also when nothing exists there yet), else where the last link points, even if that does not
     * exist yet.
     */
    static Path resolveLinks(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p));
            } catch (IOException e) {
                throw failure(target, reason(e));
            }
        }
        throw failure(target, "too many levels of symbolic links");
    }

    /** Our own temporary files for {@code name}: {@code .NAME.NNN.tmp}. */
    static Pattern tempNames(String name) {
        return Pattern.compile("\\." + Pattern.quote(name) + "\\.\\d+\\.tmp");
    }

    private static void removeStale(Path folder, String name) {
        Pattern ours = tempNames(name);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path p : entries) {
                if (!IN_PROGRESS.contains(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // Clean-up is a courtesy: a save never fails because an old temporary file stays.
        }
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        while (true) {
            long n = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
            Path temp = folder.resolve("." + name + "." + n + ".tmp");
            IN_PROGRESS.add(temp);
            try {
                // An ordinary new file: the OS applies the umask, as for any file the user creates.
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                IN_PROGRESS.remove(temp);
            } catch (IOException e) {
                IN_PROGRESS.remove(temp);
                throw e;
            }
        }
    }

    /** Owner and group where allowed (root, or a group the user is in), then the permissions. */
    private static void copyAttributes(Path from, Path to) throws IOException {
        PosixFileAttributeView fromView = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView toView = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (fromView == null || toView == null) {
            return;
        }
        PosixFileAttributes old = fromView.readAttributes();
        PosixFileAttributes now = toView.readAttributes();
        // chown first: changing the owner may clear set-id bits the permissions then restore.
        if (!old.owner().equals(now.owner())) {
            try {
                toView.setOwner(old.owner());
            } catch (IOException e) {
                // Only root may give a file away; the user then owns the new file, as with any editor.
            }
        }
        if (!old.group().equals(now.group())) {
            try {
                toView.setGroup(old.group());
            } catch (IOException e) {
                // The user is not in that group: the file keeps the user's group.
            }
        }
        toView.setPermissions(old.permissions());
    }

    private static IOException failure(Path target, String reason) {
        return new IOException("cannot write " + target + ": " + reason);
    }

    /** What went wrong, without the name of the file it happened to (which may be our temporary file). */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
