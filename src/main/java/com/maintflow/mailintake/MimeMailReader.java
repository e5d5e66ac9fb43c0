package com.maintflow.mailintake;

import com.maintflow.system.Sha256;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads what intake needs from a MIME message: sender, subject, plain text (HTML as fallback), attachments. */
final class MimeMailReader {

    private MimeMailReader() {
    }

    static IncomingMail read(MimeMessage message) throws MessagingException, IOException {
        String sender = message.getFrom() == null || message.getFrom().length == 0 ? "unknown"
                : ((InternetAddress) message.getFrom()[0]).getAddress();
        String subject = message.getSubject() == null ? "" : message.getSubject();
        var text = new StringBuilder();
        var html = new StringBuilder();
        List<IncomingMail.Attachment> attachments = new ArrayList<>();
        collect(message, text, html, attachments);
        String body = !text.isEmpty() ? text.toString() : html.toString().replaceAll("<[^>]*>", " ");
        return new IncomingMail(messageIdOf(message, sender, subject), sender, subject, body, attachments);
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html,
                                List<IncomingMail.Attachment> attachments) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, html, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            String filename = part.getFileName() == null ? "attachment" : MimeUtility.decodeText(part.getFileName());
            String contentType = part.getContentType().split(";")[0].strip().toLowerCase();
            try (var in = part.getInputStream()) {
                attachments.add(new IncomingMail.Attachment(filename, contentType, in.readAllBytes()));
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        }
    }

    /** The Message-ID, or for a mail without one a stable digest of sender, date and subject. */
    private static String messageIdOf(MimeMessage message, String sender, String subject) throws MessagingException {
        if (message.getMessageID() != null && !message.getMessageID().isBlank()) {
            return message.getMessageID().strip();
        }
        String sent = message.getSentDate() == null ? "" : String.valueOf(message.getSentDate().getTime());
        return "<sha256-" + Sha256.hex(sender + "\n" + sent + "\n" + subject) + "@no-message-id>";
    }

}
