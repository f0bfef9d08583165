package lifefx.engine;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import lifefx.engine.PackedRows.TripleSums;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PackedRows}' generation kernel written with the Vector API ({@code jdk.incubator.vector}):
 * the same algorithm, on {@link LongVector}s of 4 words (256 bits, 256 cells, with AVX2 or
 * AVX-512; narrower where the machine has less; see {@link #species}), so one instruction adds up
 * the neighbours of 256 cells.
 *
 * <p><b>Why it exists.</b> C2 does not vectorise {@link PackedRows#rows}' triple-sum loop (it reads
 * the source at {@code i-1}, {@code i}, {@code i+1} and writes another {@code long[]} that it
 * cannot prove distinct), so the scalar kernel runs one word at a time. gcc {@code -O3} vectorises
 * the same C (src/test/c/life64.c), and was four times faster here. This class closes that gap;
 * the performance.md's "packed and the Vector API" gives the measurements.
 *
 * <p><b>Layout and result</b> are {@link PackedRows}' exactly: the same rows, the same zero padding
 * above the last cell of a row, the same population. The first and last words of each row (where
 * the west and east neighbours wrap) and rows narrower than two vectors go through the scalar
 * {@link PackedRows#tripleSum}; words that do not fill a vector at the end of a row are done one by
 * one. Every outer-totalistic rule; B3/S23 has its own four-operation path.
 *
 * <p><b>Availability.</b> The incubator module must be in the boot layer ({@code --add-modules
 * jdk.incubator.vector}, which the launcher, Surefire and the JMH forks pass). Nothing loads this
 * class unless {@link PackedRows#VECTOR} says the module is there, so without it {@code packed} runs
 * the scalar kernel and everything else is unchanged.
 *
 * <p>Stateless; like {@link PackedRows#rows}, it may run on many threads at once for disjoint output rows.
 */
final class PackedVectorRows {

    /** Widest vector used, in bits, unless {@code -Dlifefx.packed.vectorBits=64|128|256|512} says otherwise. */
    static final int DEFAULT_BITS = 256;

    private static final VectorSpecies<Long> SPECIES = species(Integer.getInteger("lifefx.packed.vectorBits", DEFAULT_BITS));
    private static final int LANES = SPECIES.length();

    /**
     * The machine's preferred long vector, but no wider than {@code bits}. 256 bits by default: on
     * this project's machine (AMD EPYC with AVX-512) the kernel ran 1.5 times faster on 256-bit
     * vectors than on the preferred 512-bit ones (performance.md, "packed and the Vector API"). A width that
     * is not a vector shape (or wider than the machine's) gives the preferred one.
     */
    static VectorSpecies<Long> species(int bits) {
        VectorSpecies<Long> preferred = LongVector.SPECIES_PREFERRED;
        return switch (bits) {
            case 64, 128, 256 -> bits < preferred.vectorBitSize()
                    ? VectorSpecies.of(long.class, VectorShape.forBitSize(bits))
                    : preferred;
            default -> preferred;
        };
    }

    private PackedVectorRows() {
    }

    /** What {@link PackedRows#describeKernel()} reports: the vector shape in use. */
    static String describe() {
        return "Vector API, " + LANES + " words (" + SPECIES.vectorBitSize() + " bits) per vector";
    }

    /** {@link PackedRows#rows}, vectorised; same contract, same result. */
    static long rows(long[] src, long[] dst, int height, int width, int from, int to, int birth, int survival)
            throws InterruptedException {
        int wpr = PackedRows.wordsPerRow(width);
        long mask = PackedRows.lastMask(width);
        // The last full vector of a row may end on the row's last word: it gets this mask there.
        long[] lastLanes = new long[LANES];
        java.util.Arrays.fill(lastLanes, -1L);
        lastLanes[LANES - 1] = mask;
        LongVector lastChunkMask = LongVector.fromArray(SPECIES, lastLanes, 0);
        TripleSums t = new TripleSums(wpr);
        boolean conway = PackedRows.isConway(birth, survival);
        int keptAt = survival << 1;
        tripleSum(src, (from == 0 ? height - 1 : from - 1) * wpr, wpr, width, t.upLo, t.upHi);
        tripleSum(src, from * wpr, wpr, width, t.midLo, t.midHi);
        long population = 0;
        for (int r = from; r < to; r++) {
            PackedRows.checkInterrupt(r);
            tripleSum(src, (r + 1 == height ? 0 : r + 1) * wpr, wpr, width, t.downLo, t.downHi);
            population += row(src, dst, r * wpr, wpr, mask, lastChunkMask, t, conway, birth, keptAt);
            t.advance();
        }
        return population;
    }

    /**
     * One output row at word {@code base} from the triple sums of the rows above, at and below it;
     * returns its live cells. A method of its own, called once per row, so that the JIT compiles
     * it as a whole method: while it was the body of {@link #rows}' row loop, a long first call
     * could leave the loop in an on-stack-replacement compilation that ran the vectors three to
     * five times slower (performance.md, "packed and the Vector API").
     */
    private static long row(long[] src, long[] dst, int base, int wpr, long mask, LongVector lastChunkMask,
                            TripleSums t, boolean conway, int birth, int keptAt) {
        long[] upLo = t.upLo;
        long[] upHi = t.upHi;
        long[] midLo = t.midLo;
        long[] midHi = t.midHi;
        long[] downLo = t.downLo;
        long[] downHi = t.downHi;
        LongVector counts = LongVector.zero(SPECIES);
        long population = 0;
        int i = 0;
        for (; i + LANES <= wpr; i += LANES) {
            LongVector a0 = LongVector.fromArray(SPECIES, upLo, i);
            LongVector b0 = LongVector.fromArray(SPECIES, midLo, i);
            LongVector c0 = LongVector.fromArray(SPECIES, downLo, i);
            LongVector a1 = LongVector.fromArray(SPECIES, upHi, i);
            LongVector b1 = LongVector.fromArray(SPECIES, midHi, i);
            LongVector c1 = LongVector.fromArray(SPECIES, downHi, i);
            LongVector alive = LongVector.fromArray(SPECIES, src, base + i);
            LongVector x = a0.lanewise(VectorOperators.XOR, b0);
            LongVector s0 = x.lanewise(VectorOperators.XOR, c0);
            LongVector k0 = a0.and(b0).or(x.and(c0));
            LongVector y = a1.lanewise(VectorOperators.XOR, b1);
            LongVector z = y.lanewise(VectorOperators.XOR, c1);
            LongVector s1 = z.lanewise(VectorOperators.XOR, k0);
            LongVector k1 = a1.and(b1).or(y.and(c1));
            LongVector k2 = z.and(k0);
            LongVector s2 = k1.lanewise(VectorOperators.XOR, k2);
            LongVector next;
            if (conway) {
                // sum = 3, or sum = 4 and alive; bit 3 of the sum is never needed
                next = s0.and(s1).and(s2.not()).or(alive.and(s0.or(s1).not()).and(s2));
            } else {
                LongVector s3 = k1.and(k2);
                next = alive.not().and(match(birth, s0, s1, s2, s3)).or(alive.and(match(keptAt, s0, s1, s2, s3)));
            }
            if (i + LANES == wpr) {
                next = next.and(lastChunkMask);
            }
            next.intoArray(dst, base + i);
            counts = counts.add(next.lanewise(VectorOperators.BIT_COUNT));
        }
        for (; i < wpr; i++) {
            long next = PackedRows.nextWord(upLo[i], midLo[i], downLo[i], upHi[i], midHi[i], downHi[i],
                    src[base + i], conway, birth, keptAt);
            if (i == wpr - 1) {
                next &= mask;
            }
            dst[base + i] = next;
            population += Long.bitCount(next);
        }
        return population + counts.reduceLanes(VectorOperators.ADD);
    }

    /** The cells whose 3×3 sum, as bit-planes, is one of the values set in {@code sums} (bits 0..9). */
    private static LongVector match(int sums, LongVector s0, LongVector s1, LongVector s2, LongVector s3) {
        LongVector m = LongVector.zero(SPECIES);
        while (sums != 0) {
            int n = Integer.numberOfTrailingZeros(sums);
            sums &= sums - 1;
            m = m.or(((n & 1) != 0 ? s0 : s0.not()).and((n & 2) != 0 ? s1 : s1.not())
                    .and((n & 4) != 0 ? s2 : s2.not()).and((n & 8) != 0 ? s3 : s3.not()));
        }
        return m;
    }

    /**
     * {@link PackedRows#tripleSum}, with the words between the row's first and last done a vector at
     * a time; rows too narrow for that go to the scalar one.
     */
    private static void tripleSum(long[] src, int off, int wpr, int width, long[] lo, long[] hi) {
        if (wpr < LANES + 2) {
            PackedRows.tripleSum(src, off, wpr, width, lo, hi);
            return;
        }
        int lastWord = off + wpr - 1;
        int lastBit = (width - 1) & 63;
        long cellLast = (src[lastWord] >>> lastBit) & 1L; // cell width-1, west of cell 0
        long cellFirst = src[off] & 1L;                    // cell 0, east of cell width-1
        PackedRows.tripleWord(src[off], cellLast, src[off + 1] << 63, lo, hi, 0);
        int i = 1;
        for (; i + LANES <= wpr - 1; i += LANES) {
            LongVector x = LongVector.fromArray(SPECIES, src, off + i);
            LongVector west = x.lanewise(VectorOperators.LSHL, 1)
                    .or(LongVector.fromArray(SPECIES, src, off + i - 1).lanewise(VectorOperators.LSHR, 63));
            LongVector east = x.lanewise(VectorOperators.LSHR, 1)
                    .or(LongVector.fromArray(SPECIES, src, off + i + 1).lanewise(VectorOperators.LSHL, 63));
            LongVector t = west.lanewise(VectorOperators.XOR, x);
            t.lanewise(VectorOperators.XOR, east).intoArray(lo, i);
            west.and(x).or(t.and(east)).intoArray(hi, i);
        }
        for (; i < wpr - 1; i++) {
            PackedRows.tripleWord(src[off + i], src[off + i - 1] >>> 63, src[off + i + 1] << 63, lo, hi, i);
        }
        PackedRows.tripleWord(src[lastWord], src[lastWord - 1] >>> 63, cellFirst << lastBit, lo, hi, wpr - 1);
    }
}
