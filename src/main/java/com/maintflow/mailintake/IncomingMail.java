package com.maintflow.mailintake;

import java.util.List;

/** A mail as read from the mailbox: its Message-ID, sender address, subject, plain text and attachments. */
record IncomingMail(String messageId, String sender, String subject, String text, List<Attachment> attachments) {

    /** A file attached to the mail. */
    record Attachment(String filename, String contentType, byte[] content) {
    }
}
