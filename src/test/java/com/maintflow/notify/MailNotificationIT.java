package com.maintflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.maintflow.GreenMailServer;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications reach a real SMTP server (GreenMail) through the outbox: the right mail to the right person, once,
 * even across an SMTP outage, and never for a step that was rolled back.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
// Profiles come from Failsafe (test, or test,mysql with -Pmysql), so the same suite reruns on MySQL.
class MailNotificationIT {

    private static final String CONTACT = "it@warranty.example";
    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        GreenMailServer.register(registry);
    }

    @Autowired private IntakeService intake;
    @Autowired private RecordedNotificationRepository notifications;
    @Autowired private NotificationDelivery delivery;
    @Autowired private NotificationOutbox outbox;
    @Autowired private TransactionTemplate transactions;
    @Autowired private JdbcTemplate jdbc;

    @AfterEach
    void serverBackUp() {
        GreenMailServer.running();
    }

    @Test
    void requestReceivedMailReachesContactWithTicketInChineseAndEnglish() throws Exception {
        // when
        String ticket = intake.submit(request("报表导出失败 <script>alert(1)</script>")).ticket();

        // then: one mail to the contact, subject and body name the ticket, Chinese first then English
        MimeMessage mail = awaitMailsToContact(ticket).get(0);
        assertThat(mail.getSubject()).contains(ticket).contains("已受理").contains("received");
        String body = bodyOf(mail);
        assertThat(body).contains(ticket).contains("我们已受理您的维护请求")
                .contains("we have received your maintenance request");
        // customer input is escaped, never markup
        assertThat(body).contains("&lt;script&gt;").doesNotContain("<script>");
        // a stable Message-ID derived from the outbox row's idempotency key
        var row = contactRowOf(ticket);
        assertThat(row.getStatus()).isEqualTo(RecordedNotification.SENT);
        assertThat(mail.getMessageID()).isEqualTo("<" + row.getIdempotencyKey() + "@maintflow.example>");
    }

    @Test
    void staffGetTaskAssignedMailForTheirGroup() throws Exception {
        // when: the request waits at customer service's review task
        String ticket = intake.submit(request("工单分派 / Task assignment")).ticket();

        // then
        await().atMost(DELIVERY).until(() -> mailsTo("cs1@maintflow.example", ticket).size() == 1);
        assertThat(mailsTo("cs1@maintflow.example", ticket).get(0).getSubject()).contains("新待办任务")
                .contains("New task");
    }

    @Test
    void outboxDeliversEveryMailExactlyOnceAfterSmtpOutage() throws Exception {
        // given: SMTP is down
        GreenMailServer.stop();

        // when: a request is raised; its mails fail and wait in the outbox
        String ticket = intake.submit(request("SMTP 中断 / SMTP outage")).ticket();
        await().atMost(DELIVERY).until(() -> rowsOf(ticket).stream().allMatch(row -> row.getAttempts() >= 1));
        assertThat(rowsOf(ticket)).allSatisfy(row -> assertThat(row.getStatus()).isEqualTo(RecordedNotification.PENDING));

        // and: SMTP is back, the retry sweep runs twice
        GreenMailServer.running();
        delivery.resubmitDue();
        await().atMost(DELIVERY).until(() -> rowsOf(ticket).stream()
                .allMatch(row -> row.getStatus().equals(RecordedNotification.SENT)));
        delivery.resubmitDue();

        // then: every mail arrived exactly once
        assertThat(mailsTo(CONTACT, ticket)).hasSize(1);
        assertThat(mailsTo("cs1@maintflow.example", ticket)).hasSize(1);
        assertThat(contactRowOf(ticket).getAttempts()).isEqualTo(2);
    }

    @Test
    void publicationLeftIncompleteAfterSendIsCompletedWithoutSendingAgain() throws Exception {
        // given: the mails went out, but the node died before the registry completed their publications
        String ticket = intake.submit(request("节点宕机 / Node died")).ticket();
        awaitMailsToContact(ticket);
        await().atMost(DELIVERY).until(() -> incompletePublicationsOf(ticket) == 0);
        jdbc.update("update EVENT_PUBLICATION set COMPLETION_DATE = null where SERIALIZED_EVENT like ?",
                "%\"" + ticket + "\"%");
        assertThat(incompletePublicationsOf(ticket)).isPositive();

        // when: the retry sweep runs
        delivery.resubmitDue();

        // then: the publications are completed, and nothing was sent again
        await().atMost(DELIVERY).until(() -> incompletePublicationsOf(ticket) == 0);
        assertThat(mailsTo(CONTACT, ticket)).hasSize(1);
        assertThat(mailsTo("cs1@maintflow.example", ticket)).hasSize(1);
    }

    @Test
    void rowClaimedByAnotherNodeIsNotSentHereUntilItsClaimLapses() throws Exception {
        // given: a mail left pending by an SMTP outage, then held by another node for its send
        GreenMailServer.stop();
        String ticket = intake.submit(request("节点认领 / Claimed by a node")).ticket();
        await().atMost(DELIVERY).until(() -> contactRowOf(ticket).getAttempts() == 1);
        GreenMailServer.running();
        long id = contactRowOf(ticket).getId();
        claimAsOtherNode(id, Instant.now().plus(Duration.ofMinutes(2)));

        // when: this node tries the same row
        assertThatThrownBy(() -> outbox.deliver(id)).isInstanceOf(NotificationNotDelivered.class)
                .hasMessageContaining("node-b");

        // then: nothing sent from here, still pending, not due for a sweep while the claim runs
        assertThat(mailsTo(CONTACT, ticket)).isEmpty();
        assertThat(contactRowOf(ticket).getStatus()).isEqualTo(RecordedNotification.PENDING);
        assertThat(outbox.isDue(id)).isFalse();

        // when: the other node died mid-send, its claim lapsed
        claimAsOtherNode(id, Instant.now().minus(Duration.ofSeconds(1)));
        outbox.deliver(id);

        // then: sent once, from here
        assertThat(mailsTo(CONTACT, ticket)).hasSize(1);
        assertThat(contactRowOf(ticket).getStatus()).isEqualTo(RecordedNotification.SENT);
        assertThat(jdbc.queryForObject("select claimed_by from mf_notification where id = ?", String.class, id))
                .isNull();
    }

    /** What a claim by another node leaves in the row (claimed_until in UTC, as Hibernate writes instants). */
    private void claimAsOtherNode(long id, Instant until) {
        jdbc.update("update mf_notification set claimed_by = 'node-b', claimed_until = ?, version = version + 1"
                + " where id = ?", LocalDateTime.ofInstant(until, ZoneOffset.UTC), id);
    }

    private int incompletePublicationsOf(String ticket) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null"
                + " and SERIALIZED_EVENT like ?", Integer.class, "%\"" + ticket + "\"%");
    }

    @Test
    void rolledBackStepSendsNothing() throws Exception {
        // given: a request whose transaction is rolled back after its acknowledgement was raised
        String rolledBackTitle = "回滚 / Rolled back " + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            intake.submit(request(rolledBackTitle));
            tx.setRollbackOnly();
        });

        // when: a later request goes through (it gets the ticket number the rolled-back one had)
        String ticket = intake.submit(request("之后的请求 / Later request")).ticket();
        awaitMailsToContact(ticket);

        // then: nothing of the rolled-back request was kept or sent
        assertThat(rowsOf(ticket)).filteredOn(row -> row.getRecipient().equals(CONTACT)).hasSize(1);
        assertThat(Arrays.stream(GreenMailServer.running().getReceivedMessages()).map(MailNotificationIT::bodyOf))
                .noneMatch(body -> body.contains(rolledBackTitle));
    }

    private static IntakeCommand request(String title) {
        return new IntakeCommand("C-WARRANTY", "张三", CONTACT, "+86 10 1234 5678", "WEB", "ERP", title,
                "导出 Excel 时报错 / Excel export fails");
    }

    private List<RecordedNotification> rowsOf(String ticket) {
        return notifications.findByTicketOrderByIdAsc(ticket);
    }

    private RecordedNotification contactRowOf(String ticket) {
        return rowsOf(ticket).stream().filter(row -> row.getRecipient().equals(CONTACT)).findFirst().orElseThrow();
    }

    private List<MimeMessage> awaitMailsToContact(String ticket) throws MessagingException {
        await().atMost(DELIVERY).until(() -> !mailsTo(CONTACT, ticket).isEmpty());
        return mailsTo(CONTACT, ticket);
    }

    private static String bodyOf(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError("Unreadable mail", e);
        }
    }

    private static List<MimeMessage> mailsTo(String recipient, String ticket) throws MessagingException {
        List<MimeMessage> matching = new ArrayList<>();
        for (MimeMessage mail : GreenMailServer.running().getReceivedMessages()) {
            boolean toRecipient = Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(recipient));
            if (toRecipient && mail.getSubject().contains(ticket)) {
                matching.add(mail);
            }
        }
        return matching;
    }
}
