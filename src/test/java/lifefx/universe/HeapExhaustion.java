package lifefx.universe;

import java.math.BigInteger;
import java.util.Random;
import lifefx.life.Rule;

/**
 * Run in a JVM with a small heap by {@link HashLifeHeapTest}: a node budget far above the heap, a
 * soup stepped far, so the heap runs out before the budget. Prints what the universe said and
 * whether it is unchanged and still usable.
 */
public final class HeapExhaustion {

    private HeapExhaustion() {
    }

    public static void main(String[] args) throws Exception {
        HashLifeUniverse u = new HashLifeUniverse(Rule.CONWAY, 1L << 40);
        Random rnd = new Random(5);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                if (rnd.nextInt(3) == 0) {
                    u.set(x, y, true);
                }
            }
        }
        String digest = u.digest();
        try {
            u.step(BigInteger.ONE.shiftLeft(20));
            System.out.println("finished");
        } catch (UniverseException e) {
            System.out.println("message=" + e.getMessage());
            System.out.println("unchanged=" + (u.generation().signum() == 0 && u.digest().equals(digest)));
            u.step(BigInteger.ONE);
            System.out.println("then generation=" + u.generation());
        }
    }
}
