package lifefx.engine;

import java.util.Objects;
import lifefx.life.Grid;
import lifefx.life.GridSize;

/**
 * An immutable byte {@link Grid} read as {@link TorusCells}: the snapshot of the per-cell
 * strategies' state. O(1) to make, since the grid is immutable; thread-safe.
 *
 * @param grid the cells and the generation
 */
record GridCells(Grid grid) implements TorusCells {

    GridCells {
        Objects.requireNonNull(grid, "grid");
    }

    @Override
    public GridSize size() {
        return grid.size();
    }

    @Override
    public long generation() {
        return grid.generation();
    }

    @Override
    public long population() {
        return grid.population();
    }

    @Override
    public boolean alive(int row, int col) {
        return grid.cellAt(row * grid.width() + col) != 0;
    }

    @Override
    public int nextAlive(int row, int col) {
        int width = grid.width();
        int base = row * width;
        for (int c = col; c < width; c++) {
            if (grid.cellAt(base + c) != 0) {
                return c;
            }
        }
        return -1;
    }

    @Override
    public int lastAlive(int row) {
        int base = row * grid.width();
        for (int c = grid.width() - 1; c >= 0; c--) {
            if (grid.cellAt(base + c) != 0) {
                return c;
            }
        }
        return -1;
    }

    /** A byte comparison against another byte grid (O(cells)); else the default. */
    @Override
    public long changedCells(TorusCells other) {
        if (!(other instanceof GridCells(Grid g))) {
            return TorusCells.super.changedCells(other);
        }
        TorusCells.checkSameSize(this, other);
        if (g == grid) {
            return 0;
        }
        long changed = 0;
        int n = grid.size().cells();
        for (int i = 0; i < n; i++) {
            changed += grid.cellAt(i) ^ g.cellAt(i);
        }
        return changed;
    }

    @Override
    public Grid toGrid() {
        return grid;
    }

    @Override
    public String toString() {
        return "cells " + grid.size() + " at generation " + grid.generation();
    }
}
