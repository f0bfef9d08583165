package lifefx.engine;

/** {@link ThreadPerCellStrategy} against the shared strategy contract. */
class ThreadPerCellStrategyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return new ThreadPerCellStrategy();
    }

    /** A platform thread per cell is slow to make: smaller soups keep the suite quick. */
    @Override
    public int maxSoupSide() {
        return 12;
    }
}
