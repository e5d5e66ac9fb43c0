package com.maintflow.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.GreenMailServer;
import com.maintflow.attachment.AttachmentSource;
import com.maintflow.attachment.Attachments;
import com.maintflow.intake.Channel;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.timeline.Timeline;
import com.maintflow.timeline.TimelineEntry;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The IMAP intake against a real mailbox (GreenMail): a contact's mail opens a request, a reply lands on its ticket,
 * a stranger's mail goes to triage, and no mail is handled twice.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
// Profiles come from Failsafe (test, or test,mysql with -Pmysql), so the same suite reruns on MySQL.
class MailIntakeIT {

    private static final String CONTACT = "it@warranty.example";
    private static final Session SESSION = Session.getInstance(new Properties());

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        GreenMailServer.register(registry);
    }

    @Autowired private MailboxPoller poller;
    @Autowired private ProcessedMailRepository processed;
    @Autowired private Attachments attachments;
    @Autowired private MaintenanceRequests requests;
    @Autowired private IntakeService intake;
    @Autowired private Timeline timeline;
    @Autowired private RuntimeService runtimeService;
    @Autowired private TaskService taskService;
    @Autowired private com.maintflow.complaint.Complaints complaints;

    @BeforeEach
    void emptyMailbox() throws Exception {
        // Mails of earlier tests were read (\Seen) already; polling first leaves nothing unseen behind.
        poller.pollOnce();
    }

    @Test
    void mailFromKnownContactOpensEmailRequestWithAttachment() throws Exception {
        // given
        MimeMessage mail = mail(CONTACT, "登录页面报错 / Login page fails", "点击登录后出现 500 错误。");
        attach(mail, "登录页面报错 / Login page fails", "点击登录后出现 500 错误。", "screenshot.png", new byte[]{1, 2, 3, 4});
        deliver(mail);

        // when
        int handled = poller.pollOnce();

        // then
        assertThat(handled).isEqualTo(1);
        String ticket = ticketOf(mail);
        var request = requests.byTicket(ticket);
        assertThat(request.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(request.getTitle()).isEqualTo("登录页面报错 / Login page fails");
        assertThat(request.getDescription()).contains("点击登录后出现 500 错误。");
        assertThat(attachments.of(ticket)).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("screenshot.png");
            assertThat(file.type()).isEqualTo("image/png");
            assertThat(file.size()).isEqualTo(4);
            assertThat(file.source()).isEqualTo(AttachmentSource.EMAIL);
        });
        assertThat(inboxFlagsAllSeen()).isTrue();
    }

    @Test
    void replyQuotingTicketIsAddedToItsTimeline() throws Exception {
        // given
        String ticket = intake.submit(new IntakeCommand("C-WARRANTY", "张三", CONTACT, null, "WEB", "ERP",
                "报表慢 / Slow report", "月报很慢")).ticket();
        long requestsBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("MaintenanceRequestProcess").count();
        deliver(mail(CONTACT, "Re: [" + ticket + "] 已受理您的维护请求", "补充说明：只有月报慢。"));

        // when
        poller.pollOnce();

        // then
        assertThat(timeline.of(ticket)).extracting(TimelineEntry::getEvent).contains("CUSTOMER_MAIL");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("MaintenanceRequestProcess").count())
                .isEqualTo(requestsBefore);
    }

    @Test
    void mailFromUnknownSenderBecomesTriageTask() throws Exception {
        // given
        String stranger = "stranger-" + UUID.randomUUID() + "@elsewhere.example";
        deliver(mail(stranger, "系统宕机 / System down", "请帮忙 / Please help"));

        // when
        poller.pollOnce();

        // then
        var task = taskService.createTaskQuery().taskDefinitionKey("Task_TriageUnknownMail")
                .processVariableValueEquals("mailSender", stranger).singleResult();
        assertThat(task).isNotNull();
        assertThat(taskService.getVariable(task.getId(), "mailSubject")).isEqualTo("系统宕机 / System down");
        assertThat(taskService.getIdentityLinksForTask(task.getId())).anyMatch(link -> "customer-service".equals(link.getGroupId()));
    }

    @Test
    void mailFromKnownContactSayingComplaintFilesAnEmailComplaintNotARequest() throws Exception {
        // given
        long requestsBefore = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("MaintenanceRequestProcess").count();
        MimeMessage mail = mail(CONTACT, "投诉：工程师迟到 / Complaint: engineer late", "第三次迟到了。/ Third time late.");
        deliver(mail);

        // when
        poller.pollOnce();

        // then
        String number = ticketOf(mail);
        assertThat(number).matches("CP-\\d{4}-\\d{6}");
        assertThat(processed.findByMessageId(mail.getMessageID())).singleElement()
                .satisfies(record -> assertThat(record.getOutcome()).isEqualTo(ProcessedMail.Outcome.NEW_COMPLAINT));
        var complaint = complaints.byNumber(number);
        assertThat(complaint.getChannel()).isEqualTo("EMAIL");
        assertThat(complaint.getSubject()).isEqualTo("投诉：工程师迟到 / Complaint: engineer late");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("MaintenanceRequestProcess")
                .count()).isEqualTo(requestsBefore);
    }

    @Test
    void sameMailPolledTwiceIsProcessedOnce() throws Exception {
        // given: the same mail (one Message-ID) lands twice, e.g. redelivered by the mail server
        MimeMessage mail = mail(CONTACT, "重复邮件 / Duplicate mail", "同一封邮件 / One mail");
        deliver(mail);
        deliver(mail);

        // when
        int first = poller.pollOnce();
        int second = poller.pollOnce();

        // then: one request, and both copies are marked read
        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(processed.findByMessageId(mail.getMessageID())).hasSize(1);
        assertThat(inboxFlagsAllSeen()).isTrue();
    }

    private static MimeMessage mail(String from, String subject, String text) throws MessagingException {
        MimeMessage mail = new MimeMessage(SESSION);
        var helper = new MimeMessageHelper(mail, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(GreenMailServer.INTAKE_USER);
        helper.setSubject(subject);
        helper.setText(text);
        mail.saveChanges();
        return mail;
    }

    private static void attach(MimeMessage mail, String subject, String text, String filename, byte[] content)
            throws MessagingException {
        String from = ((InternetAddress) mail.getFrom()[0]).getAddress();
        var helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(GreenMailServer.INTAKE_USER);
        helper.setSubject(subject);
        helper.setText(text);
        helper.addAttachment(filename, new ByteArrayResource(content), "image/png");
        mail.saveChanges();
    }

    private static void deliver(MimeMessage mail) {
        GreenMailServer.running().getUserManager().getUser(GreenMailServer.INTAKE_USER).deliver(mail);
    }

    private String ticketOf(MimeMessage mail) throws MessagingException {
        return processed.findByMessageId(mail.getMessageID()).get(0).getTicket();
    }

    private static boolean inboxFlagsAllSeen() throws MessagingException {
        try (var store = GreenMailServer.running().getImap().createStore()) {
            store.connect(GreenMailServer.INTAKE_USER, GreenMailServer.INTAKE_PASSWORD);
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_ONLY);
                for (var message : inbox.getMessages()) {
                    if (!message.isSet(Flags.Flag.SEEN)) {
                        return false;
                    }
                }
                return true;
            }
        }
    }
}
