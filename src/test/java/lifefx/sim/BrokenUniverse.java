package lifefx.sim;

import java.math.BigInteger;
import java.util.Optional;
import lifefx.life.Rule;
import lifefx.universe.Bounds;
import lifefx.universe.Universe;
import lifefx.universe.UniverseException;

/**
 * A universe broken on purpose, for the race's tests: it steps its delegate, and once the delegate
 * reaches generation {@code at} it either flips one cell (a wrong generation that looks fine) or
 * throws (a generation that fails). Everything else is the delegate's.
 */
public final class BrokenUniverse implements Universe {

    /** Flip one cell, or throw. */
    public enum How { FLIP, THROW }

    private final Universe inner;
    private final long at;
    private final How how;

    public BrokenUniverse(Universe inner, long at, How how) {
        this.inner = inner;
        this.at = at;
        this.how = how;
    }

    @Override
    public void step(BigInteger generations) throws InterruptedException, UniverseException {
        if (how == How.THROW && inner.generation().add(generations).longValue() >= at) {
            throw new UniverseException("broken on purpose at generation " + at);
        }
        inner.step(generations);
        if (how == How.FLIP && inner.generation().longValue() == at) {
            inner.set(3, 2, !inner.get(3, 2));
        }
    }

    @Override
    public String description() {
        return "broken " + inner.description();
    }

    @Override
    public Rule rule() {
        return inner.rule();
    }

    @Override
    public BigInteger generation() {
        return inner.generation();
    }

    @Override
    public BigInteger population() {
        return inner.population();
    }

    @Override
    public Optional<Bounds> bounds() {
        return inner.bounds();
    }

    @Override
    public String digest() {
        return inner.digest();
    }

    @Override
    public boolean get(long x, long y) {
        return inner.get(x, y);
    }

    @Override
    public void set(long x, long y, boolean alive) {
        inner.set(x, y, alive);
    }

    @Override
    public void render(long left, long top, int scale, int[] pixels, int width, int height, int alive, int dead) {
        inner.render(left, top, scale, pixels, width, height, alive, dead);
    }

    @Override
    public Snapshot snapshot() {
        return inner.snapshot();
    }

    @Override
    public void restore(Snapshot s) {
        inner.restore(s);
    }

    @Override
    public void close() {
        inner.close();
    }
}
