package com.maintflow.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailParseException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Stands in for SMTP when no host is configured: logs recipients and subject (never the body) and drops the mail. */
class LoggingMailSender implements JavaMailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

    private final Session session = Session.getInstance(new Properties());

    @Override
    public MimeMessage createMimeMessage() {
        return new MimeMessage(session);
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) {
        try {
            return new MimeMessage(session, contentStream);
        } catch (MessagingException e) {
            throw new MailParseException(e);
        }
    }

    @Override
    public void send(MimeMessage... mimeMessages) {
        for (MimeMessage message : mimeMessages) {
            try {
                log.info("Mail (not sent, no SMTP host) to {}: {}", Arrays.toString(message.getAllRecipients()),
                        message.getSubject());
            } catch (MessagingException e) {
                throw new MailParseException(e);
            }
        }
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) {
        for (SimpleMailMessage message : simpleMessages) {
            log.info("Mail (not sent, no SMTP host) to {}: {}", Arrays.toString(message.getTo()), message.getSubject());
        }
    }
}
