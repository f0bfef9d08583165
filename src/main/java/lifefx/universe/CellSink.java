package lifefx.universe;

/** Receives live cells one at a time, as {@link Universe.Snapshot#forEachCell} finds them. */
@FunctionalInterface
public interface CellSink {

    /** The cell at column {@code x}, row {@code y} is alive. */
    void cell(long x, long y);
}
