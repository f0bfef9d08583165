package lifefx.universe;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Births and deaths between two snapshots of one universe, from {@link
 * Universe.Snapshot#changedCells} and the two populations: the cells that changed are births plus
 * deaths, and the population grew by births minus deaths, so {@code births = (changed + Δpop) / 2}
 * and {@code deaths = (changed − Δpop) / 2}. Between generations g and g + 2^k (a HashLife jump,
 * or a step of several generations) they are the births and deaths between the two ends: a cell
 * born and dead again in between counts for neither. Immutable; thread-safe.
 *
 * <p>This is also what an analysis of "heat" (mean cells changing per generation) needs: {@link
 * #changed()} over the generations between the two snapshots.
 *
 * @param births  cells dead before and alive after
 * @param deaths  cells alive before and dead after
 */
public record CellChanges(BigInteger births, BigInteger deaths) {

    /** No change. */
    public static final CellChanges NONE = new CellChanges(BigInteger.ZERO, BigInteger.ZERO);

    public CellChanges {
        Objects.requireNonNull(births, "births");
        Objects.requireNonNull(deaths, "deaths");
        if (births.signum() < 0 || deaths.signum() < 0) {
            throw new IllegalArgumentException("births and deaths cannot be negative: " + births + ", " + deaths);
        }
    }

    /**
     * The births and deaths from {@code before} to {@code after}, two snapshots of the same kind of
     * universe (usually of one universe, {@code before} the earlier). Costs one {@link
     * Universe.Snapshot#changedCells} call. Any thread.
     *
     * @throws IllegalArgumentException when the snapshots cannot be compared
     * @throws IllegalStateException    when the counts contradict each other (a broken {@code changedCells})
     */
    public static CellChanges between(Universe.Snapshot before, Universe.Snapshot after) {
        return of(after.changedCells(before), before.population(), after.population());
    }

    /**
     * The births and deaths when {@code changed} cells differ and the population went from {@code
     * before} to {@code after}.
     *
     * @throws IllegalStateException when the three contradict each other (a broken count)
     */
    public static CellChanges of(BigInteger changed, BigInteger before, BigInteger after) {
        BigInteger grew = after.subtract(before);
        BigInteger twiceBirths = changed.add(grew);
        BigInteger twiceDeaths = changed.subtract(grew);
        if (twiceBirths.signum() < 0 || twiceDeaths.signum() < 0 || twiceBirths.testBit(0)) {
            throw new IllegalStateException(changed + " cells changed, but the population went from " + before + " to "
                    + after);
        }
        return new CellChanges(twiceBirths.shiftRight(1), twiceDeaths.shiftRight(1));
    }

    /** Births plus deaths: the cells that changed. */
    public BigInteger changed() {
        return births.add(deaths);
    }
}
