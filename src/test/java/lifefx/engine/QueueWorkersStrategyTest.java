package lifefx.engine;

/** {@link QueueWorkersStrategy} against the shared strategy contract. */
class QueueWorkersStrategyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return new QueueWorkersStrategy(config);
    }
}
