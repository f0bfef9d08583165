package lifefx.engine;

/** {@link BandedStrategy} against the shared strategy contract. */
class BandedStrategyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return new BandedStrategy(config);
    }
}
