package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketException;
import lifefx.life.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever bytes a client sends, the service answers well-formed lines and keeps serving. */
class CellRuleServiceFuzzTest {

    private static CellRuleService service;

    @BeforeContainer
    static void start() throws IOException {
        service = CellRuleService.start(0);
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        // Near misses of a valid request find more parser paths than uniform noise.
        Arbitrary<byte[]> nearMiss = Arbitraries.strings().withChars("01 89BSbs/\r\n:T,-x").ofMaxLength(40)
                .map(s -> s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return Arbitraries.oneOf(random, nearMiss);
    }

    @Property(tries = 300)
    void anyBytesGetWellFormedRepliesAndTheServiceSurvives(@ForAll("garbage") byte[] bytes) throws Exception {
        long lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        try (CellRuleServiceTest.RawClient c = new CellRuleServiceTest.RawClient(service.address())) {
            c.send(bytes);
            c.send("\n");
            c.socket.shutdownOutput();
            String reply;
            int replies = 0;
            try {
                while ((reply = c.readLine()) != null) {
                    assertThat(reply).matches("[01]|ERR [\\x20-\\x7E]+");
                    replies++;
                }
            } catch (SocketException e) {
                // An over-long line closes the connection; a reset on the way out is fine too.
            }
            assertThat(replies).isLessThanOrEqualTo((int) lines + 1);
        }
        try (CellRuleServiceTest.RawClient c = new CellRuleServiceTest.RawClient(service.address())) {
            assertThat(c.ask("1 2 " + Rule.CONWAY)).isEqualTo("1");
        }
        assertThat(service.isRunning()).isTrue();
    }
}
