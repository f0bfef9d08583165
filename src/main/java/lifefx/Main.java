package lifefx;

/** Entry point of {@code lifefx.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("usage: lifefx run|bench|strategies");
    }
}
