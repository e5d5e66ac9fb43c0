package com.maintflow.mailintake;

import org.springframework.data.jpa.repository.JpaRepository;

/** Processed mails by their unique Message-ID. */
interface ProcessedMailRepository extends JpaRepository<ProcessedMail, Long> {

    boolean existsByMessageId(String messageId);

    java.util.List<ProcessedMail> findByMessageId(String messageId);
}
