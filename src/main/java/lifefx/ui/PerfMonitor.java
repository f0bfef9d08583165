package lifefx.ui;

import java.util.Locale;

/**
 * Measures the FX thread while the window runs, for the figures in src/site/markdown/performance.md: frames per second,
 * the longest time spent in the pulse handler, and the longest gap between two pulses (a pulse
 * that ran long, or anything else that held the FX thread, shows up as a gap over 16.7 ms).
 * Switched on with {@code -Dlifefx.perf=true}; it then prints one line a second and a summary
 * after {@code -Dlifefx.perf.seconds} seconds (default 30) of playing, and the wall-clock time at
 * which a frame first shows play starting or stopping (to time a key press from outside). FX
 * thread only.
 */
final class PerfMonitor {

    private final long summaryAfterNanos;
    private long windowStart;
    private long framesInWindow;
    private long maxHandlerInWindow;
    private long maxGapInWindow;
    private long maxRenderInWindow;
    private long lastPulse;
    private boolean lastRunning;

    private long runStart;
    private long runFrames;
    private long runMaxHandler;
    private long runMaxGap;
    private long runMaxRender;
    private long runStartGeneration;
    /** Render nanos of every frame while playing, for the summary's median. */
    private long[] runRenders = new long[1024];
    private int runRenderCount;
    private boolean summarised;

    private PerfMonitor(long summaryAfterNanos) {
        this.summaryAfterNanos = summaryAfterNanos;
    }

    /** A monitor when {@code -Dlifefx.perf=true}, else {@code null}. */
    static PerfMonitor fromSystemProperties() {
        if (!Boolean.getBoolean("lifefx.perf")) {
            return null;
        }
        long seconds = Long.getLong("lifefx.perf.seconds", 30);
        return new PerfMonitor(seconds * 1_000_000_000L);
    }

    /** A key reached the FX thread: its wall-clock time, to split a key's latency into delivery and the rest. */
    void keyPressed(String key) {
        java.time.Instant now = java.time.Instant.now();
        System.out.printf(Locale.ROOT, "lifefx-perf key %s at epochMicros=%d%n", key,
                now.getEpochSecond() * 1_000_000L + now.getNano() / 1000);
    }

    /**
     * Records one pulse: {@code start} and {@code end} of the handler (System.nanoTime), how long
     * the grid render in it took, whether the simulation is running, and the shown generation.
     */
    void pulse(long start, long end, long renderNanos, boolean running, long generation, String what) {
        if (running != lastRunning) {
            // Wall-clock time, so that a script that sent the key (xdotool) can tell how long the
            // press took to show: performance.md "Big tori in the window".
            java.time.Instant now = java.time.Instant.now();
            System.out.printf(Locale.ROOT, "lifefx-perf shown running=%b at epochMicros=%d gen=%d%n", running,
                    now.getEpochSecond() * 1_000_000L + now.getNano() / 1000, generation);
            lastRunning = running;
            if (!running) {
                // Each stretch of play gets its own summary.
                runStart = 0;
                runFrames = 0;
                runMaxHandler = 0;
                runMaxGap = 0;
                runMaxRender = 0;
                runRenderCount = 0;
                summarised = false;
            }
        }
        if (lastPulse != 0) {
            long gap = start - lastPulse;
            maxGapInWindow = Math.max(maxGapInWindow, gap);
            if (running && runStart != 0) {
                runMaxGap = Math.max(runMaxGap, gap);
            }
        }
        lastPulse = start;
        long handler = end - start;
        framesInWindow++;
        maxHandlerInWindow = Math.max(maxHandlerInWindow, handler);
        maxRenderInWindow = Math.max(maxRenderInWindow, renderNanos);
        if (running) {
            if (runStart == 0) {
                runStart = start;
                runStartGeneration = generation;
            }
            runFrames++;
            if (runRenders.length == runRenderCount) {
                runRenders = java.util.Arrays.copyOf(runRenders, runRenders.length * 2);
            }
            runRenders[runRenderCount++] = renderNanos;
            runMaxHandler = Math.max(runMaxHandler, handler);
            runMaxRender = Math.max(runMaxRender, renderNanos);
            if (!summarised && start - runStart >= summaryAfterNanos) {
                double secs = (start - runStart) / 1e9;
                long[] r = java.util.Arrays.copyOf(runRenders, runRenderCount);
                java.util.Arrays.sort(r);
                System.out.printf(Locale.ROOT, "lifefx-perf SUMMARY %.1f s playing %s: %d frames = %.1f fps;"
                                + " longest pulse handler %.2f ms (render %.2f ms); longest gap between pulses %.2f ms;"
                                + " %d generations = %.1f gen/s; render per frame median %.2f ms, p10 %.2f, p90 %.2f%n",
                        secs, what, runFrames, runFrames / secs, runMaxHandler / 1e6, runMaxRender / 1e6,
                        runMaxGap / 1e6, generation - runStartGeneration, (generation - runStartGeneration) / secs,
                        r.length == 0 ? 0 : r[r.length / 2] / 1e6, r.length == 0 ? 0 : r[r.length / 10] / 1e6,
                        r.length == 0 ? 0 : r[r.length * 9 / 10] / 1e6);
                summarised = true;
            }
        }
        if (windowStart == 0) {
            windowStart = start;
        } else if (start - windowStart >= 1_000_000_000L) {
            double secs = (start - windowStart) / 1e9;
            System.out.printf(Locale.ROOT, "lifefx-perf fps=%.1f maxHandler=%.2fms maxRender=%.2fms maxGap=%.2fms"
                            + " gen=%d running=%b%n",
                    framesInWindow / secs, maxHandlerInWindow / 1e6, maxRenderInWindow / 1e6, maxGapInWindow / 1e6,
                    generation, running);
            windowStart = start;
            framesInWindow = 0;
            maxHandlerInWindow = 0;
            maxGapInWindow = 0;
            maxRenderInWindow = 0;
        }
    }
}
