package lifefx.sim;

import java.util.Objects;
import lifefx.pattern.CellSet;

/**
 * An edit of a rectangle of cells: what the window's Edit menu does to a selection or with a
 * pasted pattern. Immutable values, made on any thread and applied by the simulation's stepping
 * thread ({@link Simulation#edit}), each as one undoable change. Areas are in universe
 * coordinates ({@link CellRegion}: rows and columns as {@code long}s); a torus wraps them.
 *
 * <p>The cell arithmetic (where a flipped or rotated cell goes) is {@link CellTransforms}, which the
 * window also uses to move the selection with a rotation.
 */
public sealed interface CellEdit {

    /** A few words for notices and for the undo history. */
    String describe();

    /** Kills every cell of {@code area}. */
    record Clear(CellRegion area) implements CellEdit {
        public Clear {
            Objects.requireNonNull(area, "area");
        }

        @Override
        public String describe() {
            return "clearing the selection";
        }
    }

    /** Kills every cell outside {@code area}. */
    record ClearOutside(CellRegion area) implements CellEdit {
        public ClearOutside {
            Objects.requireNonNull(area, "area");
        }

        @Override
        public String describe() {
            return "clearing outside the selection";
        }
    }

    /** Makes each cell of {@code area} alive with probability {@code density} (the rest dead); the cells outside stay. */
    record Fill(CellRegion area, double density, long seed) implements CellEdit {
        /** The largest area filled at once: 4,194,304 cells (2048 × 2048); a larger one is refused. */
        public static final long MAX_CELLS = 1L << 22;

        public Fill {
            Objects.requireNonNull(area, "area");
            if (!(density >= 0 && density <= 1)) {
                throw new IllegalArgumentException("density must be between 0 and 1, got " + density);
            }
        }

        @Override
        public String describe() {
            return "random fill of the selection";
        }
    }

    /** Mirrors the cells of {@code area}: left to right ({@code leftRight}), else top to bottom. */
    record Flip(CellRegion area, boolean leftRight) implements CellEdit {
        public Flip {
            Objects.requireNonNull(area, "area");
        }

        @Override
        public String describe() {
            return leftRight ? "flipping left-right" : "flipping top-bottom";
        }
    }

    /**
     * Turns the cells of {@code area} a quarter turn about its centre, into {@link
     * CellTransforms#rotated(CellRegion)}: that rectangle is cleared first (as in Golly, the cells
     * it held outside {@code area} die), then the turned cells are set.
     */
    record Rotate(CellRegion area, boolean clockwise) implements CellEdit {
        public Rotate {
            Objects.requireNonNull(area, "area");
        }

        @Override
        public String describe() {
            return clockwise ? "rotating clockwise" : "rotating anticlockwise";
        }
    }

    /**
     * Pastes {@code cells} (relative to the box's top-left corner, inside a box of {@code width ×
     * height}) with that corner at row {@code top}, column {@code left}, combined by {@code mode}.
     */
    record Paste(CellSet cells, int width, int height, long top, long left, PasteMode mode) implements CellEdit {
        public Paste {
            Objects.requireNonNull(cells, "cells");
            Objects.requireNonNull(mode, "mode");
            if (width < 0 || height < 0) {
                throw new IllegalArgumentException("negative box " + width + "x" + height);
            }
            if (!cells.isEmpty() && (cells.minX() < 0 || cells.minY() < 0 || cells.maxX() >= width
                    || cells.maxY() >= height)) {
                throw new IllegalArgumentException("cells lie outside their box of " + width + "x" + height);
            }
        }

        /** Where the box lands. */
        public CellRegion area() {
            return new CellRegion(top, left, height, width);
        }

        @Override
        public String describe() {
            return "pasting (" + mode.label() + ")";
        }
    }
}
