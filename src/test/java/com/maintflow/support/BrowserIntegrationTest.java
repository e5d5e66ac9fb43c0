package com.maintflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maintflow.GreenMailServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** How long a mail may take through the outbox to GreenMail. */
    protected static final Duration DELIVERY = Duration.ofSeconds(30);

    /** The mail to {@code contact} whose subject names {@code key} and {@code subjectWord}, once it has arrived. */
    protected static MimeMessage awaitMail(String contact, String key, String subjectWord) {
        return await().atMost(DELIVERY).until(() -> mailTo(contact, key, subjectWord), Optional::isPresent)
                .orElseThrow();
    }

    /** The signed link for {@code choice} (e.g. {@code accept}) in a customer mail, as the browser opens it. */
    protected static String linkIn(MimeMessage mail, String choice) throws Exception {
        Matcher link = Pattern.compile("href=\"([^\"]*/links/[^\"]*choice=" + choice + ")\"")
                .matcher(mail.getContent().toString());
        assertThat(link.find()).as("the mail carries a %s link", choice).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private static Optional<MimeMessage> mailTo(String contact, String key, String subjectWord) throws Exception {
        for (MimeMessage mail : GreenMailServer.running().getReceivedMessages()) {
            boolean toContact = Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(contact));
            if (toContact && mail.getSubject().contains(key) && mail.getSubject().contains(subjectWord)) {
                return Optional.of(mail);
            }
        }
        return Optional.empty();
    }
}
