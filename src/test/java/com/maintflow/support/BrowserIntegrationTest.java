package com.maintflow.support;

import com.maintflow.GreenMailServer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that drive MaintFlow in Debian's headless Chromium ({@link HeadlessChromium}): the whole
 * application on one port picked per JVM, mail to the GreenMail server, and the links in mails pointing at this very
 * server. Every browser test extends it and adds no configuration of its own, so they all share one cached
 * application context (one start-up, one job executor) instead of one each.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
public abstract class BrowserIntegrationTest {

    protected static final int PORT = HeadlessChromium.freePort();
    protected static final String BASE_URL = "http://localhost:" + PORT;

    @DynamicPropertySource
    static void serverMailAndLinks(DynamicPropertyRegistry registry) {
        GreenMailServer.register(registry);
        registry.add("server.port", () -> PORT);
        registry.add("maintflow.links.base-url", () -> BASE_URL);
    }

    @RegisterExtension
    protected final HeadlessChromium chromium = new HeadlessChromium();
}
