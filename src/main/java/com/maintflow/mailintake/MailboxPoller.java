package com.maintflow.mailintake;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the IMAP folder for unseen mails with a fixed delay, hands each to {@link MailIntake} and marks it \Seen
 * once its effect is committed. A mail whose handling fails stays unseen and is tried again on the next poll.
 */
@Component
@EnableConfigurationProperties(MailIntakeSettings.class)
public class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailIntakeSettings settings;
    private final MailIntake intake;

    MailboxPoller(MailIntakeSettings settings, MailIntake intake) {
        this.settings = settings;
        this.intake = intake;
    }

    @Scheduled(fixedDelayString = "${maintflow.mail.intake.poll-interval:PT1M}",
            initialDelayString = "${maintflow.mail.intake.poll-interval:PT1M}")
    void scheduledPoll() {
        if (!settings.enabled()) {
            return;
        }
        try {
            pollOnce();
        } catch (MessagingException e) {
            log.warn("Mailbox {}@{} not polled: {}", settings.user(), settings.host(), e.getMessage());
        }
    }

    /** Reads every unseen mail once; returns how many were handled now (repeats excluded). */
    public int pollOnce() throws MessagingException {
        int handled = 0;
        try (Store store = connect(); Folder folder = store.getFolder(settings.folder())) {
            folder.open(Folder.READ_WRITE);
            for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                if (handle((MimeMessage) message)) {
                    handled++;
                }
            }
        }
        return handled;
    }

    private boolean handle(MimeMessage message) throws MessagingException {
        boolean handledNow;
        try {
            handledNow = intake.process(MimeMailReader.read(message));
        } catch (Exception e) {
            // Left unseen: the next poll tries again; the processed-mail table keeps a retry from doubling it.
            log.warn("Mail {} not processed, will retry: {}", message.getMessageID(), e.toString());
            return false;
        }
        message.setFlag(Flags.Flag.SEEN, true);
        return handledNow;
    }

    private Store connect() throws MessagingException {
        String protocol = settings.ssl() ? "imaps" : "imap";
        var properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(settings.host(), settings.port(), settings.user(), settings.password());
        return store;
    }
}
