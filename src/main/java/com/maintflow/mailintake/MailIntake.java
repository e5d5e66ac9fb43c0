package com.maintflow.mailintake;

import com.maintflow.attachment.AttachmentSource;
import com.maintflow.attachment.Attachments;
import com.maintflow.complaint.ComplaintCommand;
import com.maintflow.complaint.ComplaintService;
import com.maintflow.complaint.Complaints;
import com.maintflow.customer.Customers;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.mailintake.ProcessedMail.Outcome;
import com.maintflow.identity.StaffGroup;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.StaffNotifier;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns one incoming mail into its effect, once: a reply quoting a ticket or complaint number goes onto its timeline, a
 * mail from a known contact saying 投诉 or "complaint" (subject or text) files a complaint, any other mail from a known
 * contact opens a request (both channel EMAIL), anything else becomes a triage task. The Message-ID is
 * recorded in the same transaction, so a mail seen again (restart, lost \Seen flag, duplicate copy) does nothing.
 */
@Service
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    private static final Pattern TICKET = Pattern.compile("(?:MR|CP)-\\d{4}-\\d{6}");
    /** Words that make a known contact's mail a complaint rather than a maintenance request. */
    private static final Pattern COMPLAINT = Pattern.compile("投诉|complain", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 20000;
    private static final String SYSTEM_NOT_STATED = "未说明（邮件）/ Not stated (e-mail)";

    private final ProcessedMailRepository processed;
    private final Attachments attachments;
    private final Customers customers;
    private final IntakeService intake;
    private final MaintenanceRequests requests;
    private final Timeline timeline;
    private final MailTriageIntake triage;
    private final StaffNotifier staff;
    private final Actors actors;
    private final ComplaintService complaintIntake;
    private final Complaints complaints;

    MailIntake(ProcessedMailRepository processed, Attachments attachments, Customers customers,
               IntakeService intake, MaintenanceRequests requests, Timeline timeline, MailTriageIntake triage,
               StaffNotifier staff, Actors actors, ComplaintService complaintIntake, Complaints complaints) {
        this.complaintIntake = complaintIntake;
        this.complaints = complaints;
        this.processed = processed;
        this.attachments = attachments;
        this.customers = customers;
        this.intake = intake;
        this.requests = requests;
        this.timeline = timeline;
        this.triage = triage;
        this.staff = staff;
        this.actors = actors;
    }

    /** Handles the mail unless its Message-ID was handled before; false for such a repeat. */
    @Transactional
    public boolean process(IncomingMail mail) {
        if (processed.existsByMessageId(mail.messageId())) {
            log.info("Mail {} already processed, skipped", mail.messageId());
            return false;
        }
        Optional<String> repliedTicket = ticketQuotedIn(mail.subject());
        ProcessedMail record;
        if (repliedTicket.isPresent()) {
            record = reply(mail, repliedTicket.get());
        } else {
            record = customers.byContactEmail(mail.sender())
                    .map(contact -> isComplaint(mail) ? newComplaint(mail, contact) : newRequest(mail, contact))
                    .orElseGet(() -> unknownSender(mail));
        }
        // Flush now: a concurrent poller's duplicate fails here, inside this transaction, not after the effect.
        processed.saveAndFlush(record);
        return true;
    }

    private ProcessedMail reply(IncomingMail mail, String ticket) {
        timeline.append(ticket, "CUSTOMER_MAIL", mail.sender(), "客户来信 / Mail from customer: " + mail.subject()
                + (mail.attachments().isEmpty() ? "" : " (" + mail.attachments().size() + " 附件 / attachments)"));
        storeAttachments(ticket, mail);
        staff.notifyGroup(ticket, NotificationTemplate.CUSTOMER_ANSWERED, StaffGroup.CUSTOMER_SERVICE.id(),
                Map.of("answer", "邮件 / Mail: " + mail.subject()));
        log.info("Mail {} added to {} as a reply", mail.messageId(), ticket);
        return new ProcessedMail(mail.messageId(), mail.sender(), Outcome.REPLY, ticket, actors.now());
    }

    private ProcessedMail newRequest(IncomingMail mail, Customers.KnownContact contact) {
        var command = new IntakeCommand(contact.customerCode(), contact.name(), contact.email(), contact.phone(),
                "EMAIL", SYSTEM_NOT_STATED, orDefault(truncate(mail.subject(), MAX_TITLE), "（无主题）/ (no subject)"),
                orDefault(truncate(mail.text(), MAX_DESCRIPTION), "（无正文）/ (no text)"));
        String ticket = intake.submit(command).ticket();
        storeAttachments(ticket, mail);
        log.info("Mail {} opened {}", mail.messageId(), ticket);
        return new ProcessedMail(mail.messageId(), mail.sender(), Outcome.NEW_REQUEST, ticket, actors.now());
    }

    private static boolean isComplaint(IncomingMail mail) {
        return COMPLAINT.matcher(mail.subject()).find() || COMPLAINT.matcher(mail.text()).find();
    }

    private ProcessedMail newComplaint(IncomingMail mail, Customers.KnownContact contact) {
        var command = new ComplaintCommand(contact.customerCode(), contact.name(), contact.email(), contact.phone(),
                "EMAIL", orDefault(truncate(oneLine(mail.subject()), MAX_TITLE), "（无主题）/ (no subject)"),
                orDefault(truncate(mail.text(), MAX_DESCRIPTION), "（无正文）/ (no text)"), null);
        String number = complaintIntake.file(command).complaintNumber();
        storeAttachments(number, mail);
        log.info("Mail {} filed complaint {}", mail.messageId(), number);
        return new ProcessedMail(mail.messageId(), mail.sender(), Outcome.NEW_COMPLAINT, number, actors.now());
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0A-\\x1F\\x7F]", " ");
    }

    private ProcessedMail unknownSender(IncomingMail mail) {
        String processInstanceId = triage.startTriage(mail);
        log.info("Mail {} from an unknown sender sent to triage ({})", mail.messageId(), processInstanceId);
        return new ProcessedMail(mail.messageId(), mail.sender(), Outcome.TRIAGE, null, actors.now());
    }

    /** A ticket number in the subject that names an existing request. */
    private Optional<String> ticketQuotedIn(String subject) {
        var matcher = TICKET.matcher(subject);
        // A number that looks like a ticket but names none is ignored: the mail is then treated as new.
        while (matcher.find()) {
            if (requests.exists(matcher.group()) || complaints.exists(matcher.group())) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    private void storeAttachments(String ticket, IncomingMail mail) {
        mail.attachments().forEach(a -> attachments.store(ticket, AttachmentSource.EMAIL, a.filename(), a.contentType(),
                a.content()));
    }

    private static String truncate(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    private static String orDefault(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }
}
