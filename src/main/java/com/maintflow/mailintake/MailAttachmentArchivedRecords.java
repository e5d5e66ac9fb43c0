package com.maintflow.mailintake;

import com.maintflow.archive.ArchivedRecords;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The files customers mailed about a ticket go into its sealed archive as name, type, size and SHA-256: the bytes
 * stay in {@code mf_mail_attachment}, and the sealed hash shows whether they are still the bytes received.
 */
@Component
class MailAttachmentArchivedRecords implements ArchivedRecords {

    /** One mailed file as sealed. */
    record SealedAttachment(String filename, String contentType, long sizeBytes, String sha256, Instant receivedAt) {
    }

    private final MailAttachmentRepository attachments;

    MailAttachmentArchivedRecords(MailAttachmentRepository attachments) {
        this.attachments = attachments;
    }

    @Override
    public String section() {
        return "mailAttachments";
    }

    @Override
    public String label() {
        return "邮件附件 / Mail attachments";
    }

    @Override
    public List<?> of(String ticket) {
        return attachments.findByTicketOrderByIdAsc(ticket).stream()
                .map(a -> new SealedAttachment(a.getFilename(), a.getContentType(), a.getSizeBytes(),
                        sha256(a.getContent()), a.getReceivedAt()))
                .toList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
