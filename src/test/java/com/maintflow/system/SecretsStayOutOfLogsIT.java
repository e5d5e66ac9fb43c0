package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maintflow.intake.IntakeService;
import com.maintflow.links.ActionLinks;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RawHttp;
import com.maintflow.support.RequestDriver;
import com.maintflow.support.Staff;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The log of a run that logs staff in with HTTP Basic (right and wrong passwords), mails a customer action links and
 * takes the customer's answer through one of them contains none of the secrets involved.
 */
@MaintFlowIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsIT {

    private static final Pattern LINK_TOKEN = Pattern.compile("/links/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    private static final String WRONG_PASSWORD = "wrong-Pa55word-for-the-log-test";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    IntakeService intake;

    @Autowired
    ActionLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${maintflow.links.secret}")
    String linkSecret;

    @Test
    void passwordsLinkSecretAndLinkTokensNeverReachTheLog(CapturedOutput output) {
        // given: a quote mailed to the customer
        String ticket = new RequestDriver(engine, intake).waitingForQuoteAnswer();
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getAll().contains("Mail (not sent, no SMTP host)")
                && output.getAll().contains("[" + ticket + "]"));

        // when: staff log in, someone guesses a password, the customer opens and answers a link
        var api = new MaintFlowApi(port);
        assertThat(api.as(Staff.CS1).get("/api/requests/" + ticket).status()).isEqualTo(200);
        assertThat(api.withBasic(Staff.TRN1.userId(), WRONG_PASSWORD).get("/engine-rest/task").status()).isEqualTo(401);
        String url = links.linksFor(ticket, NotificationTemplate.QUOTE).get("approve");
        String path = url.substring(url.indexOf("/links/"), url.indexOf('?'));
        var http = new RawHttp(port);
        assertThat(http.get(path).status()).isEqualTo(200);
        assertThat(http.postForm(path, Map.of("choice", "approve"), Optional.empty()).status()).isEqualTo(200);

        // then
        String log = output.getAll();
        assertThat(log).as("the run was captured").contains(ticket);
        assertThat(log).doesNotContain(linkSecret, WRONG_PASSWORD, basic("cs1", "demo"), basic("trn1", WRONG_PASSWORD),
                "cs1:demo");
        assertThat(log).doesNotContainPattern("(?i)password\\W{0,3}demo");
        for (String token : tokens(ticket, path)) {
            assertThat(log).as("link token").doesNotContain(token);
        }
    }

    /** The token just used and every token in the mails rendered for the ticket. */
    private List<String> tokens(String ticket, String usedPath) {
        List<String> tokens = new ArrayList<>(List.of(usedPath.substring("/links/".length())));
        for (String body : jdbc.queryForList("select body from mf_notification where ticket = ? and body is not null",
                String.class, ticket)) {
            var matcher = LINK_TOKEN.matcher(body);
            while (matcher.find()) {
                tokens.add(matcher.group(1));
            }
        }
        assertThat(tokens).hasSizeGreaterThan(1);
        return tokens;
    }

    private static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
