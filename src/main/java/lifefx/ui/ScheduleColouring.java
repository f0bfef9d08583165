package lifefx.ui;

/**
 * How the schedule map colours a cell: by when it was computed within its generation, by the
 * thread that computed it, or by the carrier (the platform thread a virtual thread ran on). The
 * colours themselves, as opaque ARGB ints, are here too, so the map and its legend agree. Immutable.
 */
public enum ScheduleColouring {
    /** A perceptual gradient from 0% (dark blue) to 100% (yellow) of the generation's time. */
    TIME("time", "when, as a share of the generation's time"),
    /** One colour per thread, in the order the threads first finished a cell. */
    THREAD("thread", "which thread computed it"),
    /** One colour per carrier of a virtual thread; grey where it is a platform thread or not known. */
    CARRIER("carrier", "which carrier (platform thread) the virtual thread ran on");

    private final String label;
    private final String description;

    ScheduleColouring(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The next colouring, round: time, thread, carrier, time. */
    public ScheduleColouring next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** For cells with no known thread or carrier. */
    public static final int UNKNOWN = 0xFF9AA0A6;

    /*
     * A perceptual (viridis-like) gradient: nine anchors from dark blue through teal and green to
     * yellow, lightness rising monotonically, interpolated into 256 entries. Readable for the
     * common colour-vision deficiencies and in grey scale.
     */
    private static final int[] ANCHORS = {
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};

    private static final int[] GRADIENT = gradient();

    private static int[] gradient() {
        int[] g = new int[256];
        for (int i = 0; i < 256; i++) {
            double pos = i / 255.0 * (ANCHORS.length - 1);
            int a = Math.min((int) pos, ANCHORS.length - 2);
            double t = pos - a;
            int c0 = ANCHORS[a];
            int c1 = ANCHORS[a + 1];
            int r = mix(c0 >> 16 & 0xFF, c1 >> 16 & 0xFF, t);
            int gr = mix(c0 >> 8 & 0xFF, c1 >> 8 & 0xFF, t);
            int b = mix(c0 & 0xFF, c1 & 0xFF, t);
            g[i] = 0xFF000000 | r << 16 | gr << 8 | b;
        }
        return g;
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    /** The gradient's colour at {@code fraction} (clamped to 0..1). */
    public static int timeColour(double fraction) {
        int i = (int) Math.round(Math.clamp(fraction, 0.0, 1.0) * 255);
        return GRADIENT[i];
    }

    /*
     * Twelve distinct, saturated colours (Tableau-like); past twelve, hues step by the golden angle
     * so that neighbouring ordinals still differ.
     */
    private static final int[] DISTINCT = {
        0xFF1F77B4, 0xFFFF7F0E, 0xFF2CA02C, 0xFFD62728, 0xFF9467BD, 0xFF8C564B,
        0xFFE377C2, 0xFF17BECF, 0xFFBCBD22, 0xFF393B79, 0xFFAD494A, 0xFF637939};

    /** The colour of thread or carrier number {@code ordinal}; {@link #UNKNOWN} for a negative one. */
    public static int ordinalColour(int ordinal) {
        if (ordinal < 0) {
            return UNKNOWN;
        }
        if (ordinal < DISTINCT.length) {
            return DISTINCT[ordinal];
        }
        double hue = (ordinal * 0.6180339887498949) % 1.0;
        double light = 0.45 + 0.2 * ((ordinal * 7) % 3) / 2.0;
        return hsl(hue, 0.65, light);
    }

    private static int hsl(double h, double s, double l) {
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        int r = (int) Math.round(255 * hue(p, q, h + 1 / 3.0));
        int g = (int) Math.round(255 * hue(p, q, h));
        int b = (int) Math.round(255 * hue(p, q, h - 1 / 3.0));
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static double hue(double p, double q, double t) {
        t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        if (t < 1 / 6.0) {
            return p + (q - p) * 6 * t;
        }
        if (t < 1 / 2.0) {
            return q;
        }
        if (t < 2 / 3.0) {
            return p + (q - p) * (2 / 3.0 - t) * 6;
        }
        return p;
    }
}
