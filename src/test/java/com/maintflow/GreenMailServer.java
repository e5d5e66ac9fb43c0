package com.maintflow;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real SMTP + IMAP server (GreenMail) for the mail integration tests, on ports picked once per JVM so it can be
 * stopped and started again (an SMTP outage) without the application's settings changing.
 */
public final class GreenMailServer {

    public static final String INTAKE_USER = "service@maintflow.example";
    public static final String INTAKE_PASSWORD = "intake-secret";

    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final ServerSetup IMAP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
    private static GreenMail server;

    private GreenMailServer() {
    }

    /** The running server, started on first use. */
    public static synchronized GreenMail running() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[]{SMTP, IMAP});
            server.start();
            server.setUser(INTAKE_USER, INTAKE_USER, INTAKE_PASSWORD);
        }
        return server;
    }

    /** Stops the server: SMTP and IMAP refuse connections until {@link #running()} starts it again (empty). */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Points the application's SMTP sender and IMAP intake at this server; the schedulers stay out of the way. */
    public static void register(DynamicPropertyRegistry registry) {
        running();
        registry.add("spring.mail.host", SMTP::getBindAddress);
        registry.add("spring.mail.port", SMTP::getPort);
        registry.add("maintflow.mail.intake.host", IMAP::getBindAddress);
        registry.add("maintflow.mail.intake.port", IMAP::getPort);
        registry.add("maintflow.mail.intake.ssl", () -> "false");
        registry.add("maintflow.mail.intake.user", () -> INTAKE_USER);
        registry.add("maintflow.mail.intake.password", () -> INTAKE_PASSWORD);
        // Tests drive polling and retries themselves, deterministically.
        registry.add("maintflow.mail.intake.poll-interval", () -> "PT1H");
        registry.add("maintflow.notify.retry-sweep", () -> "PT1H");
        registry.add("maintflow.notify.first-backoff", () -> "PT0S");
        registry.add("maintflow.notify.resubmit-grace", () -> "PT0S");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
