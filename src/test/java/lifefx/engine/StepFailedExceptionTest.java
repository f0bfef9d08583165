package lifefx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class StepFailedExceptionTest {

    @Test
    void aUserFacingMessageIsShownAsItIs() {
        StepFailedException e = StepFailedException.fromCell("queue", 4,
                new IOException("cell service closed the connection"));
        assertThat(e).hasMessage("queue: generation 5 failed: cell service closed the connection");
        assertThat(e.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void aBareJdkFragmentGetsTheExceptionNameInFront() {
        assertThat(StepFailedException.fromCell("sequential", 0, new ConnectException("Connection refused")))
                .hasMessage("sequential: generation 1 failed: ConnectException: Connection refused");
        assertThat(StepFailedException.fromCell("sequential", 0, new SocketTimeoutException("Read timed out")))
                .hasMessage("sequential: generation 1 failed: SocketTimeoutException: Read timed out");
        assertThat(StepFailedException.fromCell("bands", 9, new NullPointerException()))
                .hasMessage("bands: generation 10 failed: NullPointerException");
    }

    @Test
    void theMessageIsAlwaysOneLineOfBoundedLength() {
        StepFailedException e = StepFailedException.fromCell("packed", 1,
                new IOException("first line\r\n   second line\nthird " + "x".repeat(2000)));
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r")
                .startsWith("packed: generation 2 failed: first line second line third x")
                .endsWith("...")
                .hasSizeLessThan(StepFailedException.MAX_CAUSE_TEXT + 100);
    }
}
