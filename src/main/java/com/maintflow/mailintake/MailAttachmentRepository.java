package com.maintflow.mailintake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Attachments of a ticket, in the order they arrived. */
public interface MailAttachmentRepository extends JpaRepository<MailAttachment, Long> {

    List<MailAttachment> findByTicketOrderByIdAsc(String ticket);
}
