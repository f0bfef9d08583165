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

    @Override
    public Grid toGrid() {
        return grid;
    }

    @Override
    public String toString() {
        return "cells " + grid.size() + " at generation " + grid.generation();
    }
}
