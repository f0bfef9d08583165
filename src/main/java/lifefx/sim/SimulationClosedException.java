package lifefx.sim;

/**
 * What a {@link Simulation#flush()} future fails with when the simulation closed before it could be
 * answered. Unchecked: it means the front end is shutting down, not that something went wrong.
 */
public final class SimulationClosedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SimulationClosedException() {
        super("the simulation is closed");
    }
}
