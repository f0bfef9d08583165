package lifefx.cellio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lifefx.life.Rule;
import org.junit.jupiter.api.Test;

class CellRuleServiceTest {

    /** A raw client that speaks the line protocol by hand. */
    static final class RawClient implements AutoCloseable {
        final Socket socket;
        final InputStream in;

        RawClient(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.connect(address, 2000);
            socket.setSoTimeout(5000);
            in = socket.getInputStream();
        }

        void send(String text) throws IOException {
            send(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        void send(byte[] bytes) throws IOException {
            socket.getOutputStream().write(bytes);
        }

        /** The next reply line without its LF, or null at end of stream. */
        String readLine() throws IOException {
            StringBuilder sb = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    return sb.toString();
                }
                sb.append((char) b);
            }
            return sb.isEmpty() ? null : sb.toString();
        }

        String ask(String line) throws IOException {
            send(line + "\n");
            return readLine();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (CellRuleService service = CellRuleService.start(0)) {
            InetSocketAddress address = service.address();
            assertThat(address.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(address.getPort()).isPositive();
            Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .findFirst();
            if (external.isPresent()) {
                try (Socket s = new Socket()) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(
                                    () -> s.connect(new InetSocketAddress(external.get(), address.getPort()), 2000))
                            .as("the service must not be reachable at %s", external.get())
                            .isInstanceOf(ConnectException.class);
                }
            } else {
                System.out.println("no non-loopback IPv4 address on this machine: only the bind address was checked");
            }
        }
    }

    @Test
    void answersEveryInputAsTheRuleDoes() throws Exception {
        Rule[] rules = {Rule.CONWAY, Rule.parse("B36/S23"), Rule.parse("B0/S8"), Rule.parse("B/S")};
        try (CellRuleService service = CellRuleService.start(0); RawClient c = new RawClient(service.address())) {
            for (Rule rule : rules) {
                for (int alive = 0; alive <= 1; alive++) {
                    for (int n = 0; n <= 8; n++) {
                        String expected = rule.next(alive == 1, n) ? "1" : "0";
                        assertThat(c.ask(alive + " " + n + " " + rule)).as("%s %d %d", rule, alive, n).isEqualTo(expected);
                    }
                }
            }
            // Other spellings of a rule are read too; a CR before the LF is tolerated.
            assertThat(c.ask("1 2 23/3")).isEqualTo("1");
            assertThat(c.ask("0 3 b3/s23\r")).isEqualTo("1");
            assertThat(service.requestsServed()).isEqualTo(4 * 18 + 2);
            assertThat(service.requestsRefused()).isZero();
        }
    }

    @Test
    void refusesMalformedRequestsWithAnErrorReplyAndKeepsServing() throws Exception {
        String[][] bad = {
                {"", "3 fields"},
                {"hello", "3 fields"},
                {"1 3", "3 fields"},
                {"1  3 B3/S23", "4 fields"},
                {"1 3 B3/S23 extra", "4 fields"},
                {"2 3 B3/S23", "ALIVE must be 0 or 1, got '2'"},
                {"x 3 B3/S23", "ALIVE must be 0 or 1"},
                {"1 9 B3/S23", "NEIGHBOURS must be a count 0..8, got '9'"},
                {"1 -1 B3/S23", "NEIGHBOURS must be a count 0..8"},
                {"1 10 B3/S23", "NEIGHBOURS must be a count 0..8"},
                {"1 3 B9/S23", "neighbour count 9 is out of range"},
                {"1 3 Q3/S23", "bad rule"},
                {"1 3 B3/S23:P5,5", "not supported"},
                {"1 3 \u00e9\u0001", "bad rule"},
        };
        try (CellRuleService service = CellRuleService.start(0); RawClient c = new RawClient(service.address())) {
            for (String[] b : bad) {
                String reply = c.ask(b[0]);
                assertThat(reply).as("reply to '%s'", b[0]).startsWith("ERR ").contains(b[1]);
                assertThat(reply.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F)).as("printable: %s", reply).isTrue();
                // The same connection still works after each refusal.
                assertThat(c.ask("1 3 B3/S23")).isEqualTo("1");
            }
            assertThat(service.requestsRefused()).isEqualTo(bad.length);
            assertThat(service.isRunning()).isTrue();
        }
    }

    @Test
    void aLineTooLongIsRefusedAndItsConnectionClosedButTheServiceGoesOn() throws Exception {
        try (CellRuleService service = CellRuleService.start(0)) {
            try (RawClient c = new RawClient(service.address())) {
                c.send("1".repeat(10_000)); // no line end at all
                assertThat(c.readLine()).startsWith("ERR request longer than " + CellProtocol.MAX_LINE + " bytes");
                assertThat(c.readLine()).as("connection closed after the refusal").isNull();
            }
            try (RawClient c = new RawClient(service.address())) {
                c.send(new byte[] {0, -1, 7, '\n'});
                assertThat(c.readLine()).startsWith("ERR ");
                // A client that vanishes halfway through a request harms no one.
                c.send("1 3 B3");
            }
            try (RawClient c = new RawClient(service.address())) {
                assertThat(c.ask("0 3 B3/S23")).isEqualTo("1");
            }
            assertThat(service.isRunning()).isTrue();
        }
    }

    @Test
    void servesManyClientsAtOnceWithAVirtualThreadEach() throws Exception {
        int clients = 300;
        // A long delay holds every request in the service at once, so the overlap is measured
        // (by the service's own in-progress meter), not inferred from a time.
        try (CellRuleService service = CellRuleService.start(TimeUnit.SECONDS.toNanos(3))) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                List<Thread> threads = new ArrayList<>();
                List<String> replies = Collections.synchronizedList(new ArrayList<>());
                CountDownLatch connected = new CountDownLatch(clients);
                for (int i = 0; i < clients; i++) {
                    int n = i % 9;
                    threads.add(Thread.ofVirtual().start(() -> {
                        try (RawClient c = new RawClient(service.address())) {
                            connected.countDown();
                            replies.add(n + ":" + c.ask("0 " + n + " B3/S23"));
                        } catch (IOException e) {
                            replies.add(n + ":" + e);
                        }
                    }));
                }
                connected.await();
                Leaks.await("every request in the service's delay at once",
                        () -> service.requestsInProgress().current() == clients);
                assertThat(service.requestsInProgress().peak()).isEqualTo(clients);
                assertThat(service.openConnections()).isEqualTo(clients);
                for (Thread t : threads) {
                    t.join();
                }
                assertThat(replies).hasSize(clients).allMatch(r -> r.equals(r.charAt(0) == '3' ? "3:1" : r.charAt(0) + ":0"));
            });
            Leaks.awaitAtMost("service connections after the clients closed", service::openConnections, 0);
            assertThat(service.peakConnections()).isEqualTo(clients);
        }
    }

    @Test
    void closeClosesEveryConnectionAndEndsEveryThread() throws Exception {
        CellRuleService service = CellRuleService.start(TimeUnit.SECONDS.toNanos(30));
        List<RawClient> clients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            clients.add(new RawClient(service.address()));
        }
        clients.get(0).send("1 3 B3/S23\n"); // this one is inside the 30 s delay when the service stops
        Leaks.await("the request reached the service", () -> service.requestsInProgress().current() == 1);
        assertThat(service.openConnections()).isEqualTo(20);
        assertTimeoutPreemptively(Duration.ofSeconds(10), service::close);
        assertThat(service.liveThreads()).isZero();
        assertThat(service.openConnections()).isZero();
        assertThat(service.isRunning()).isFalse();
        for (RawClient c : clients) {
            assertThat(c.readLine()).as("the client sees its connection closed").isNull();
            c.close();
        }
        try (Socket s = new Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.connect(service.address(), 2000))
                    .isInstanceOf(ConnectException.class);
        }
        service.close(); // idempotent
    }
}
