package lifefx.engine;

/** {@link ThreadPoolStrategy} against the shared strategy contract. */
class ThreadPoolStrategyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return new ThreadPoolStrategy(config);
    }
}
