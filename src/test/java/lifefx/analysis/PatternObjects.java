package lifefx.analysis;

import java.util.ArrayList;
import java.util.List;
import lifefx.pattern.CellSet;
import lifefx.pattern.Pattern;

/** Splits a pattern into its separate objects: cells closer than a gap belong together. */
final class PatternObjects {

    private PatternObjects() {
    }

    /** The groups of cells in which each cell is within {@code gap} (Chebyshev) of another, top to bottom then left to right. */
    static List<Pattern> split(Pattern p, int gap) {
        CellSet cells = p.cells();
        int n = cells.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(CellSet.key(cells.x(i), cells.y(i)), i);
        }
        for (int i = 0; i < n; i++) {
            for (int dy = -gap; dy <= gap; dy++) {
                for (int dx = -gap; dx <= gap; dx++) {
                    Integer j = index.get(CellSet.key(cells.x(i) + dx, cells.y(i) + dy));
                    if (j != null) {
                        union(parent, i, j);
                    }
                }
            }
        }
        java.util.Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Pattern> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            int[] xy = new int[g.size() * 2];
            for (int k = 0; k < g.size(); k++) {
                xy[2 * k] = cells.x(g.get(k));
                xy[2 * k + 1] = cells.y(g.get(k));
            }
            out.add(Pattern.of(CellSet.of(xy), p.rule(), p.metadata()));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
