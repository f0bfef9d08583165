/**
 * I/O inside each cell: the article's point. Its {@code game_logic} was meant to {@code await} a
 * socket, and the question was how many such waits a design can overlap. With pure computation one
 * thread beats every concurrent design, so LifeFX makes the I/O real, and the ranking flips.
 *
 * <h2>The modes</h2>
 * {@link lifefx.cellio.CellIoMode} names them; {@link lifefx.cellio.CellIo} runs them. Each is a
 * {@link lifefx.life.CellLogic} written as plain blocking code, which is the whole point of
 * virtual threads: no callbacks, no futures in the cell logic, just a call that waits.
 * <ul>
 *   <li>{@code none}: the pure rule. Fast engines see {@code pureRule()} and skip the per-cell call.
 *   <li>{@code latency}: {@link lifefx.cellio.LatencyLogic} sleeps a fixed time per call (with
 *       optional jitter, keyed on the seed and the call's input so runs repeat exactly), then
 *       computes the rule.
 *   <li>{@code socket}: {@link lifefx.cellio.SocketLogic} sends each call as one line over TCP to
 *       a {@link lifefx.cellio.CellRuleService} on {@code 127.0.0.1}, which may wait before it
 *       replies. Connections come from a bounded pool that opens them only as overlapping calls
 *       need them, at most 32 connects at a time, capped by what the open-file limit leaves after
 *       a reserve for the app and headroom for the service's other clients. Calls beyond the cap
 *       wait for a connection; the wait is part of the call, so it counts as I/O, and the meter
 *       shows it ({@code waiting}). The service holds at most the pool's cap plus that headroom,
 *       makes room by closing the connection idle longest, and closes connections idle past a
 *       timeout, so another local process cannot use up the app's descriptors.
 * </ul>
 * Every I/O mode returns exactly what the pure rule returns; the tests run the engine's whole
 * strategy contract through each mode.
 *
 * <h2>Measured, not computed</h2>
 * {@link lifefx.cellio.InFlightMeter} counts calls as they start and end, so the peak it reports
 * is what a strategy really overlapped: 1 for {@code sequential}, K for a K-thread pool, thousands
 * for one virtual thread per cell. The service has its own meter of requests in progress, on the
 * far side of the wire.
 *
 * <h2>Threads, sockets and who closes what</h2>
 * The strategies own the threads that make calls; this package owns the service's virtual threads
 * (an acceptor and one per connection) and the client sockets. {@link lifefx.cellio.CellIo#close()}
 * closes the pool's sockets (also those out on a call, which then fail at once) and stops the
 * service, waiting for its threads. A call that fails closes its own connection; a failure that
 * means the service is gone closes every pooled connection too, so a dead service leaves no
 * sockets behind even before {@code close()}. A strategy being closed calls
 * {@link lifefx.life.CellLogic#abort()}: socket logic then closes the connections out on a call,
 * so reads blocked on platform threads (which ignore interrupts) throw at once, and the pool stays
 * usable for the next strategy.
 *
 * <h2>Failure</h2>
 * Every I/O failure is a {@link lifefx.cellio.CellIoException} with one line naming the service's
 * address and what happened (refused, closed, reset, read timeout, out of file descriptors). The
 * strategies turn it into a {@code StepFailedException} for the generation; the caller keeps the
 * previous generation, since nothing of the failed one is returned.
 *
 * <p>This package has no JavaFX in it; the window reads {@code CellIo}'s meter and counts.
 */
package lifefx.cellio;
