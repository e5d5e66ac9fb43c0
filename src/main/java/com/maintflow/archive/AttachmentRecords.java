package com.maintflow.archive;

import com.maintflow.attachment.Attachments;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The files of a ticket — mailed, uploaded on the portal or sent with the API — go into its sealed archive as name,
 * type, size, channel and SHA-256 ({@link Attachments#sealed}): the bytes stay in {@code mf_attachment}, and the sealed
 * hash shows whether they are still the bytes received. The document manager's checklist (归档确认) names them. Here,
 * not in the attachment capability, because attachments sit below the request register that the archive reads:
 * the other way round would be a cycle of capabilities.
 */
@Component
class AttachmentRecords implements ArchivedRecords {

    private final Attachments attachments;

    AttachmentRecords(Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public String section() {
        return "attachments";
    }

    @Override
    public String label() {
        return "附件（含邮件附件）/ Attachments (mail included)";
    }

    @Override
    public List<?> of(String ticket) {
        return attachments.sealed(ticket);
    }
}
