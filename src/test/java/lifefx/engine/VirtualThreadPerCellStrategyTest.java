package lifefx.engine;

/** {@link VirtualThreadPerCellStrategy} against the shared strategy contract. */
class VirtualThreadPerCellStrategyTest implements GenerationStrategyContract {

    @Override
    public GenerationStrategy create(StrategyConfig config) {
        return new VirtualThreadPerCellStrategy();
    }
}
