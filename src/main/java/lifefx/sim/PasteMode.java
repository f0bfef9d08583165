package lifefx.sim;

/**
 * How a pasted pattern combines with the cells under it, as in Golly's Edit → Paste Mode.
 * Immutable.
 */
public enum PasteMode {
    /** The pattern's whole box replaces the cells under it: live where the pattern is live, dead elsewhere. */
    COPY,
    /** The pattern's live cells become alive; the other cells under its box stay as they were. */
    OR,
    /** Each of the pattern's live cells toggles the cell under it; pasting the same twice is no change. */
    XOR;

    /** The word people see in menus and notices. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
