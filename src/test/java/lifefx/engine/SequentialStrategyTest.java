package lifefx.engine;

/** {@link SequentialStrategy} against the shared strategy contract. */
class SequentialStrategyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return new SequentialStrategy();
    }
}
