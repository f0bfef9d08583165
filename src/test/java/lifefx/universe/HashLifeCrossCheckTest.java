package lifefx.universe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * HashLife against {@link NaiveLife} on random soups and random B/S rules (never B0), for 1–500
 * generations, stepped one generation at a time, in one 2^k jump, and in random chunks; some runs
 * with a node budget so small that the table is collected during the run.
 */
class HashLifeCrossCheckTest {

    /** Above this the naive engine gets slow (explosive rules); the run stops there. */
    static final int NAIVE_CAP = 4000;

    enum Mode { ONE_AT_A_TIME, POWER_OF_TWO, RANDOM_CHUNKS }

    record Soup(int left, int top, int width, int height, int percent, long seed) {
        void fill(HashLifeUniverse u, NaiveLife n) {
            Random r = new Random(seed);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (r.nextInt(100) < percent) {
                        u.set(left + x, top + y, true);
                        n.set(left + x, top + y);
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<Rule> rules() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 511))
                .as((b, s) -> new Rule(b << 1, s, null));
    }

    @Provide
    Arbitrary<Soup> soups() {
        return Combinators.combine(Arbitraries.integers().between(-300, 300), Arbitraries.integers().between(-300, 300),
                Arbitraries.integers().between(1, 24), Arbitraries.integers().between(1, 24),
                Arbitraries.integers().between(5, 70), Arbitraries.longs()).as(Soup::new);
    }

    @Property(tries = 150)
    void hashLifeMatchesTheNaiveEngine(@ForAll("rules") Rule rule, @ForAll("soups") Soup soup,
            @ForAll @IntRange(min = 1, max = 500) int generations, @ForAll Mode mode, @ForAll boolean tinyBudget,
            @ForAll long chunkSeed) throws Exception {
        run(rule, soup, generations, mode, tinyBudget, chunkSeed);
    }

    @Property(tries = 40)
    void conwayMatchesTheNaiveEngine(@ForAll("soups") Soup soup, @ForAll @IntRange(min = 1, max = 500) int generations,
            @ForAll Mode mode, @ForAll boolean tinyBudget, @ForAll long chunkSeed) throws Exception {
        run(Rule.CONWAY, soup, generations, mode, tinyBudget, chunkSeed);
    }

    private static void run(Rule rule, Soup soup, int generations, Mode mode, boolean tinyBudget, long chunkSeed)
            throws Exception {
        HashLifeUniverse u = tinyBudget ? new HashLifeUniverse(rule, 3000L * HashLifeUniverse.BYTES_PER_NODE)
                : new HashLifeUniverse(rule);
        NaiveLife naive = new NaiveLife(rule);
        soup.fill(u, naive);
        int target = mode == Mode.POWER_OF_TWO ? Integer.highestOneBit(generations) : generations;
        int reached = 0;
        if (mode == Mode.ONE_AT_A_TIME) {
            while (reached < target && naive.population() <= NAIVE_CAP) {
                naive.step();
                u.step(BigInteger.ONE);
                reached++;
                assertThat(u.population()).as("%s at %d", rule, reached).isEqualTo(naive.population());
            }
        } else {
            while (reached < target && naive.population() <= NAIVE_CAP) {
                naive.step();
                reached++;
            }
            if (mode == Mode.POWER_OF_TWO || reached < target) {
                // a run cut short by the cap still jumps in one step, of however many were reached
                if (reached > 0) {
                    u.step(BigInteger.valueOf(reached));
                }
            } else {
                Random r = new Random(chunkSeed);
                int done = 0;
                while (done < reached) {
                    int chunk = 1 + r.nextInt(Math.min(reached - done, 1 + r.nextInt(130)));
                    u.step(BigInteger.valueOf(chunk));
                    done += chunk;
                }
            }
        }
        assertThat(u.generation()).isEqualTo(reached);
        assertThat(u.population()).as("%s at %d", rule, reached).isEqualTo(naive.population());
        long[] b = naive.bounds();
        assertThat(u.bounds()).isEqualTo(b == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Bounds(b[0], b[1], b[2], b[3])));
        assertThat(u.digest()).as("%s at %d, %s", rule, reached, mode).isEqualTo(NaiveLife.digest(naive.cells()));
    }
}
