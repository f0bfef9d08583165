package lifefx.life;

/**
 * A deliberately naive next-generation computation for tests: eight wrapped lookups per cell
 * through {@link Grid#isAlive}, no buffers, no tables. It shares no code with the engine, so the
 * engine's strategies (including {@code sequential}) are checked against something independent.
 */
public final class ReferenceLife {

    private ReferenceLife() {
    }

    public static Grid step(Grid g, Rule rule) {
        Grid.Builder b = new Grid.Builder(g.size());
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width(); c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if ((dr != 0 || dc != 0) && g.isAlive(r + dr, c + dc)) {
                            n++;
                        }
                    }
                }
                boolean alive = g.isAlive(r, c);
                boolean next = alive ? (rule.survival() >> n & 1) == 1 : (rule.birth() >> n & 1) == 1;
                b.set(r, c, next);
            }
        }
        return b.build(g.generation() + 1);
    }

    public static Grid run(Grid g, Rule rule, int generations) {
        for (int i = 0; i < generations; i++) {
            g = step(g, rule);
        }
        return g;
    }
}
