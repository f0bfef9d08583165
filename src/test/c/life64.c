/*
 * life64: the C-style yardstick for LifeFX's `packed` torus. B3/S23 on a height x width torus
 * (both axes wrap), 64 cells per uint64_t, the same algorithm as lifefx.engine.PackedRows: a 2-bit
 * "triple sum" (west + self + east) per row computed once, three of them added into the 3x3 sum
 * (0..9), next = sum == 3 | (sum == 4 & alive). Rows are double-buffered; padding bits of a
 * row's last word are kept zero. Prints cell updates per second for each repetition and their
 * median, after checking itself against a naive byte-per-cell stepper on a small torus.
 *
 * Build and run (gcc is on the machine):
 *   gcc -O3 -march=native -o target/life64 src/test/c/life64.c   (-O3 vectorises the word loops;
 *   at -O2 it runs about a third as fast)
 *   target/life64 [height width generations repetitions]      default 4096 4096 200 5
 *   target/life64 copy KiB [repetitions]   memory bandwidth: one read and one write stream of KiB each
 * With -fopenmp the rows are split into one band per OpenMP thread (OMP_NUM_THREADS=2).
 * The two generations' arrays are asked for on transparent huge pages (2 MiB aligned, madvise), as
 * the JVM's heap is when started with -XX:+UseTransparentHugePages (./lifefx does); set
 * LIFE64_HUGEPAGES=0 for plain 4 KiB pages.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif

typedef uint64_t u64;

static int wpr_of(int w) { return (w + 63) / 64; }
static u64 last_mask(int w) { return (w & 63) ? ((1ULL << (w & 63)) - 1) : ~0ULL; }

/* west + self + east of each cell of one row, as two bit-planes */
static void triple(const u64 *row, int wpr, int w, u64 *lo, u64 *hi) {
    int lb = (w - 1) & 63;
    u64 cell_last = (row[wpr - 1] >> lb) & 1, cell_first = row[0] & 1;
    for (int i = 0; i < wpr; i++) {
        u64 x = row[i];
        u64 west = (x << 1) | (i == 0 ? cell_last : row[i - 1] >> 63);
        u64 east = (x >> 1) | (i == wpr - 1 ? cell_first << lb : row[i + 1] << 63);
        u64 t = west ^ x;
        lo[i] = t ^ east;
        hi[i] = (west & x) | (t & east);
    }
}

/* rows [from, to) of the next generation */
static void rows(const u64 *src, u64 *dst, int h, int w, int from, int to) {
    int wpr = wpr_of(w);
    u64 mask = last_mask(w);
    u64 *buf = malloc(sizeof(u64) * 6 * wpr);
    u64 *ul = buf, *uh = buf + wpr, *ml = buf + 2 * wpr, *mh = buf + 3 * wpr, *dl = buf + 4 * wpr, *dh = buf + 5 * wpr;
    triple(src + (size_t)(from == 0 ? h - 1 : from - 1) * wpr, wpr, w, ul, uh);
    triple(src + (size_t)from * wpr, wpr, w, ml, mh);
    for (int r = from; r < to; r++) {
        triple(src + (size_t)(r + 1 == h ? 0 : r + 1) * wpr, wpr, w, dl, dh);
        const u64 *alive = src + (size_t)r * wpr;
        u64 *out = dst + (size_t)r * wpr;
        for (int i = 0; i < wpr; i++) {
            u64 a0 = ul[i], b0 = ml[i], c0 = dl[i], a1 = uh[i], b1 = mh[i], c1 = dh[i];
            u64 x = a0 ^ b0, s0 = x ^ c0, k0 = (a0 & b0) | (x & c0);
            u64 y = a1 ^ b1, z = y ^ c1, s1 = z ^ k0;
            u64 s2 = ((a1 & b1) | (y & c1)) ^ (z & k0);
            out[i] = (s0 & s1 & ~s2) | (alive[i] & ~s0 & ~s1 & s2);
        }
        out[wpr - 1] &= mask;
        u64 *t;
        t = ul; ul = ml; ml = dl; dl = t;
        t = uh; uh = mh; mh = dh; dh = t;
    }
    free(buf);
}

static void step(const u64 *src, u64 *dst, int h, int w) {
#ifdef _OPENMP
    #pragma omp parallel
    {
        int k = omp_get_num_threads(), b = omp_get_thread_num();
        int from = (int)((long)h * b / k), to = (int)((long)h * (b + 1) / k);
        if (from < to) rows(src, dst, h, w, from, to);
    }
#else
    rows(src, dst, h, w, 0, h);
#endif
}

static u64 rng = 88172645463325252ULL;
static u64 next_random(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }

/* the naive check: a byte per cell, eight wrapped lookups */
static int self_check(int h, int w, int gens) {
    int wpr = wpr_of(w);
    unsigned char *g = calloc((size_t)h * w, 1), *n = calloc((size_t)h * w, 1);
    u64 *a = calloc((size_t)h * wpr, 8), *b = calloc((size_t)h * wpr, 8);
    for (int r = 0; r < h; r++)
        for (int c = 0; c < w; c++)
            if (next_random() % 100 < 35) { g[r * w + c] = 1; a[r * wpr + c / 64] |= 1ULL << (c & 63); }
    for (int t = 0; t < gens; t++) {
        for (int r = 0; r < h; r++)
            for (int c = 0; c < w; c++) {
                int s = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++)
                        if (dr || dc) s += g[((r + dr + h) % h) * w + (c + dc + w) % w];
                n[r * w + c] = s == 3 || (s == 2 && g[r * w + c]);
            }
        memcpy(g, n, (size_t)h * w);
        step(a, b, h, w);
        u64 *t2 = a; a = b; b = t2;
    }
    int bad = 0;
    for (int r = 0; r < h; r++)
        for (int c = 0; c < w; c++)
            bad |= g[r * w + c] != ((a[r * wpr + c / 64] >> (c & 63)) & 1);
    free(g); free(n); free(a); free(b);
    return bad;
}

/* Zeroed memory for `n` words, 2 MiB aligned and advised onto transparent huge pages unless
 * LIFE64_HUGEPAGES=0 (the kernel may still decline; /sys/kernel/mm/transparent_hugepage). */
static u64 *words_alloc(size_t n) {
    const char *env = getenv("LIFE64_HUGEPAGES");
    size_t bytes = n * 8, huge = (size_t)2 << 20;
    if (env != NULL && strcmp(env, "0") == 0) return calloc(n, 8);
    void *p = NULL;
    size_t rounded = (bytes + huge - 1) / huge * huge;
    if (posix_memalign(&p, huge, rounded) != 0) return NULL;
    madvise(p, rounded, MADV_HUGEPAGE);
    memset(p, 0, bytes);
    return p;
}

static int cmp(const void *x, const void *y) { double d = *(const double *)x - *(const double *)y; return (d > 0) - (d < 0); }

/* The bandwidth yardstick: one read and one write stream over two arrays of `kib` KiB each, the
 * traffic of one generation of a torus whose words take `kib` KiB. Prints GB/s moved (read + write). */
static int copy_bandwidth(int kib, int reps) {
    size_t n = (size_t)kib * 1024 / 8;
    u64 *a = words_alloc(n), *b = words_alloc(n);
    for (size_t i = 0; i < n; i++) { a[i] = next_random(); b[i] = 0; }
    double *rate = malloc(sizeof(double) * reps);
    u64 sink = 0;
    for (int k = 0; k < reps; k++) {
        struct timespec t0, t1;
        int passes = kib >= 65536 ? 4 : 262144 / kib;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (int p = 0; p < passes; p++) {
            for (size_t i = 0; i < n; i++) b[i] = a[i] ^ (u64)p;
            sink += b[n / 2];
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
        rate[k] = 2.0 * n * 8 * passes / s;
    }
    qsort(rate, reps, sizeof(double), cmp);
    printf("copy %d KiB -> %d KiB: median %.1f GB/s (min %.1f, max %.1f) [%llu]\n", kib, kib,
           rate[reps / 2] / 1e9, rate[0] / 1e9, rate[reps - 1] / 1e9, (unsigned long long)(sink & 1));
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "copy") == 0)
        return copy_bandwidth(argc > 2 ? atoi(argv[2]) : 65536, argc > 3 ? atoi(argv[3]) : 5);
    int h = argc > 1 ? atoi(argv[1]) : 4096, w = argc > 2 ? atoi(argv[2]) : 4096;
    int gens = argc > 3 ? atoi(argv[3]) : 200, reps = argc > 4 ? atoi(argv[4]) : 5;
    int sizes[][2] = {{1, 1}, {7, 1}, {1, 9}, {33, 63}, {20, 64}, {17, 65}, {40, 130}};
    for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        if (self_check(sizes[i][0], sizes[i][1], 30)) {
            fprintf(stderr, "self-check failed on %dx%d\n", sizes[i][0], sizes[i][1]);
            return 1;
        }
    int wpr = wpr_of(w);
    u64 *a = words_alloc((size_t)h * wpr), *b = words_alloc((size_t)h * wpr);
    for (int r = 0; r < h; r++)
        for (int c = 0; c < w; c++)
            if (next_random() % 100 < 35) a[(size_t)r * wpr + c / 64] |= 1ULL << (c & 63);
    for (int t = 0; t < 20; t++) { step(a, b, h, w); u64 *x = a; a = b; b = x; } /* warm-up */
    double *rate = malloc(sizeof(double) * reps);
    for (int k = 0; k < reps; k++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (int t = 0; t < gens; t++) { step(a, b, h, w); u64 *x = a; a = b; b = x; }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
        rate[k] = (double)h * w * gens / s;
        printf("rep %d: %d generations of %dx%d in %.3f s, %.3f ms/generation, %.2f G cell updates/s\n",
               k + 1, gens, h, w, s, s * 1e3 / gens, rate[k] / 1e9);
    }
    long pop = 0;
    for (size_t i = 0; i < (size_t)h * wpr; i++) pop += __builtin_popcountll(a[i]);
    qsort(rate, reps, sizeof(double), cmp);
    printf("median %.2f G cell updates/s (min %.2f, max %.2f); population %ld\n",
           rate[reps / 2] / 1e9, rate[0] / 1e9, rate[reps - 1] / 1e9, pop);
    return 0;
}
