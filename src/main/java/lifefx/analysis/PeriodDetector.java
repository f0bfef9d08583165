package lifefx.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Finds the period of an eventually periodic sequence fed one value at a time, with Nivasch's stack
 * of minima (G. Nivasch, "Cycle detection using a stack", Information Processing Letters 90, 2004):
 * the stack holds the values that are smaller than every value after them, so its keys increase from
 * bottom to top. Each new value pops every entry with a larger key; if the top then has the same key
 * (and the caller confirms the two are the same, see below), the sequence has repeated, and the period
 * is the distance between them. The smallest value of the cycle occurs once per period, so the period
 * found is the least one, and it is found at most two periods after the sequence became periodic.
 *
 * <p><b>Keys and payloads.</b> A value is a 64-bit {@code key} (a hash, compared unsigned) with a
 * {@code payload} (what the key was made from). Equal keys are only a candidate: {@code same}
 * decides, so a hash collision is never taken for a repeat. A candidate that {@code same} rejects is
 * kept below the new entry, and later values are compared with both.
 *
 * <p><b>Cost.</b> O(1) amortized per value, plus {@code same} on a candidate. Memory: the stack,
 * expected O(log n) entries after n values for hash keys (about 15 after 10^6); it is capped at
 * {@value #MAX_ENTRIES} entries (the oldest is dropped beyond that, which can only delay a detection),
 * so memory is bounded whatever the keys.
 *
 * <p><b>Threads.</b> Not thread-safe; one owner feeds it.
 *
 * @param <P> what each value carries for {@code same}; a payload is kept while its entry is on the stack
 */
public final class PeriodDetector<P> {

    /** The most entries kept. */
    public static final int MAX_ENTRIES = 4096;

    /** One entry: the value's key, its index in the sequence, and its payload. */
    public record Entry<P>(long key, long index, P payload) {
    }

    private final BiPredicate<? super P, ? super P> same;
    private final Deque<Entry<P>> stack = new ArrayDeque<>();
    private long count;
    private Entry<P> matched;

    /** A detector that confirms equal keys with {@code same(earlier, now)}. */
    public PeriodDetector(BiPredicate<? super P, ? super P> same) {
        this.same = Objects.requireNonNull(same, "same");
    }

    /**
     * Feeds the next value, whose index is the number of values fed before it. Returns the period
     * (at least 1) when this value repeats an earlier one, else 0; then {@link #matched()} is the
     * earlier entry.
     */
    public long offer(long key, P payload) {
        long index = count++;
        while (!stack.isEmpty() && Long.compareUnsigned(stack.peek().key(), key) > 0) {
            stack.pop();
        }
        for (Iterator<Entry<P>> it = stack.iterator(); it.hasNext(); ) {
            Entry<P> e = it.next();
            if (e.key() != key) {
                break;
            }
            if (same.test(e.payload(), payload)) {
                matched = e;
                return index - e.index();
            }
        }
        stack.push(new Entry<>(key, index, payload));
        if (stack.size() > MAX_ENTRIES) {
            stack.removeLast();
        }
        return 0;
    }

    /** The earlier entry the last repeat matched, or null before any. */
    public Entry<P> matched() {
        return matched;
    }

    /** Values fed so far. */
    public long count() {
        return count;
    }

    /** Entries kept now (for tests of the memory bound). */
    public int size() {
        return stack.size();
    }

    /** Forgets every value: the next one has index 0. */
    public void clear() {
        stack.clear();
        count = 0;
        matched = null;
    }
}
