package com.maintflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.maintflow.notify.webhook.WebhookTransport;
import com.maintflow.system.Actors;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order of one send as a node killed mid-send leaves it: claim committed before SMTP is touched, the SENT mark
 * right after the server's accept, and a log line at each end naming node, row and Message-ID.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationOutboxTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final long ID = 7;

    private final List<String> steps = new ArrayList<>();
    private final RecordedNotificationRepository notifications = mock(RecordedNotificationRepository.class);
    private final JavaMailSender mailSender = mock(JavaMailSender.class);
    private final Actors actors = mock(Actors.class);
    private NotificationOutbox outbox;
    private RecordedNotification row;

    @BeforeEach
    void outboxWithRecordedTransactions() {
        var settings = new NotifySettings("MaintFlow <noreply@maintflow.example>", "maintflow.example", 8,
                Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofMinutes(2));
        outbox = new NotificationOutbox(notifications, mailSender, settings,
                new TransactionTemplate(new RecordingTransactions()), actors, mock(WebhookTransport.class));
        row = new RecordedNotification(new Notification("MR-2026-000042", NotificationTemplate.TASK_ASSIGNED,
                "cs1@maintflow.example"), new RenderedMail("新待办任务 / New task", "<p>MR-2026-000042</p>"), NOW);
        when(actors.now()).thenReturn(NOW);
        when(notifications.findById(ID)).thenReturn(Optional.of(row));
        when(mailSender.createMimeMessage()).thenReturn(new MimeMessage((Session) null));
    }

    @Test
    void claimIsCommittedBeforeSmtpAndSentIsMarkedRightAfterTheAccept(CapturedOutput output) throws Exception {
        // given
        String messageId = "<" + row.getIdempotencyKey() + "@maintflow.example>";
        when(notifications.claim(eq(ID), eq(NotificationOutbox.NODE), eq(NOW), eq(NOW.plus(Duration.ofMinutes(2)))))
                .thenAnswer(call -> step("claim", 1));
        doAnswer(call -> step("smtp " + ((MimeMessage) call.getArgument(0)).getMessageID()
                + (output.getAll().contains("Sending notification 7 ") ? " after the Sending line" : ""), null))
                .when(mailSender).send(any(MimeMessage.class));
        when(notifications.markSent(eq(ID), eq(NOW))).thenAnswer(call -> step("mark sent", 1));

        // when
        outbox.deliver(ID);

        // then: the claim's own transaction commits before SMTP; the SENT mark is one statement right after
        assertThat(steps).containsExactly("begin", "claim", "commit",
                "smtp " + messageId + " after the Sending line",
                "begin", "mark sent", "commit");
        assertThat(output.getAll())
                .contains("Sending notification 7 (TASK_ASSIGNED for MR-2026-000042) as " + messageId + " on node "
                        + NotificationOutbox.NODE)
                .contains("Notification 7 (TASK_ASSIGNED for MR-2026-000042) sent as " + messageId + " by node "
                        + NotificationOutbox.NODE);
    }

    @Test
    void rowClaimedElsewhereIsNeitherSentNorLoggedAsSending(CapturedOutput output) {
        // given: another node holds the claim, the row still pending
        when(notifications.claim(anyLong(), any(), any(), any())).thenAnswer(call -> step("claim", 0));

        // when
        try {
            outbox.deliver(ID);
        } catch (NotificationNotDelivered expected) {
            steps.add("not delivered");
        }

        // then
        assertThat(steps).containsExactly("begin", "claim", "commit", "not delivered");
        assertThat(output.getAll()).doesNotContain("Sending notification 7 ");
    }

    private <T> T step(String name, T result) {
        steps.add(name);
        return result;
    }

    /** Records where transactions begin and commit among the steps. */
    private final class RecordingTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            steps.add("begin");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            steps.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            steps.add("rollback");
        }
    }
}
