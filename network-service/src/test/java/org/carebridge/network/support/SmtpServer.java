package org.carebridge.network.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port, where network-service sends its emails; tests
 * read the received messages from {@link #greenMail()}. Declared on every network-service test class's
 * application (Quarkus test resources are global), so no test sends mail into the void.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;

    public static synchronized GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public synchronized Map<String, String> start() {
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        // A real server waits minutes for a silent client; the test's hangs up after 5 s (GreenMail's default is 30),
        // so a stalled exchange, should one happen, ends and is retried (MailQueue) well within a test's patience.
        greenMail.getSmtp().setClientSocketTimeout(5_000);
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
