package com.maintflow.attachment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Attachments of a ticket in the order they arrived; the list query leaves the file contents unread. */
interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("select new com.maintflow.attachment.Attachments$Listed(a.id, a.filename, a.contentType, a.sizeBytes,"
            + " a.source, a.receivedAt) from Attachment a where a.ticket = ?1 order by a.id")
    List<Attachments.Listed> listByTicket(String ticket);

    Optional<Attachment> findByIdAndTicket(Long id, String ticket);

    /** With their contents: for sealing them into the archive. */
    List<Attachment> findByTicketOrderByIdAsc(String ticket);
}
