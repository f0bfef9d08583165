package lifefx.universe;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The one definition of {@link Universe#digest()}: SHA-256 over the live cells in row-major order,
 * so every universe with the same live cells at the same coordinates gives the same digest,
 * whatever its representation (bytes, bits, a quadtree).
 *
 * <p><b>What is hashed.</b> Each live cell, in strictly ascending {@code (y, x)} order (rows from the
 * top, and within a row from the left, as in RLE), as 16 bytes: {@code x} then {@code y}, each a
 * big-endian {@code long}. After the cells come the tags (see {@link #addTag}), each as a 4-byte
 * big-endian length and its UTF-8 bytes. Last comes the number of cells as a big-endian {@code
 * long}. Since the cell count closes the stream, no list of cells and tags hashes like another.
 * {@link #hex()} is the whole SHA-256 in 64 lower-case hex digits.
 *
 * <p>A universe with no other identity (the unbounded plane) adds no tag; a torus adds its size
 * as {@code "HxW"}, because the same cells on another torus are another world.
 *
 * <p><b>Cost.</b> O(live cells): a universe feeds only its live cells, never its dead area.
 *
 * <p><b>Threads.</b> Not thread-safe; one caller builds one digest, then discards it.
 */
public final class CellDigest {

    private final MessageDigest sha;
    private final ByteBuffer cell = ByteBuffer.allocate(16);
    private long count;
    private long lastX;
    private long lastY;
    private boolean tagged;
    private boolean finished;

    public CellDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /**
     * Adds the live cell {@code (x, y)}.
     *
     * @throws IllegalArgumentException when the cell is not after the previous one in row-major
     *                                  order ({@code y} first, then {@code x}), or repeats it
     * @throws IllegalStateException    after a tag was added or the digest was finished
     */
    public CellDigest add(long x, long y) {
        if (finished || tagged) {
            throw new IllegalStateException("cells must be added before any tag and before hex()");
        }
        if (count > 0 && (y < lastY || (y == lastY && x <= lastX))) {
            throw new IllegalArgumentException("cell (" + x + ", " + y + ") is not after (" + lastX + ", " + lastY
                    + "): cells must come in ascending row-major order, y then x, each once");
        }
        cell.clear();
        cell.putLong(x).putLong(y);
        sha.update(cell.array());
        lastX = x;
        lastY = y;
        count++;
        return this;
    }

    /**
     * Adds a tag after the cells, such as a torus's size {@code "HxW"}: what besides the cells makes
     * the world what it is. No cell may be added after a tag.
     *
     * @throws IllegalStateException after {@link #hex()}
     */
    public CellDigest addTag(String tag) {
        if (finished) {
            throw new IllegalStateException("this digest is already finished");
        }
        byte[] bytes = Objects.requireNonNull(tag, "tag").getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
        tagged = true;
        return this;
    }

    /** Number of cells added so far. */
    public long cells() {
        return count;
    }

    /**
     * Finishes the digest: 64 lower-case hex digits of SHA-256. Can be called once.
     *
     * @throws IllegalStateException when called a second time
     */
    public String hex() {
        if (finished) {
            throw new IllegalStateException("this digest is already finished");
        }
        finished = true;
        sha.update(ByteBuffer.allocate(8).putLong(count).array());
        return HexFormat.of().formatHex(sha.digest());
    }
}
