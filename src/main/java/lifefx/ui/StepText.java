package lifefx.ui;

import java.util.Locale;

/** How the window writes a step size of 2^k generations: {@code 1}, {@code 2^10 (1,024)}, {@code 2^40}. */
final class StepText {

    private StepText() {
    }

    static String format(int exponent) {
        if (exponent == 0) {
            return "1";
        }
        if (exponent <= 20) {
            return String.format(Locale.ROOT, "2^%d (%,d)", exponent, 1L << exponent);
        }
        return "2^" + exponent;
    }
}
