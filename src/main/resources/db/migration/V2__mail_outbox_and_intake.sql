-- E-mail: mf_notification becomes the outbox (rendered mail, delivery state), plus the IMAP intake's
-- processed Message-IDs and stored attachments. Portable between H2 2.x and MySQL 8 / MariaDB 10.11:
-- one ADD COLUMN per statement, no vendor-specific ALTER COLUMN.

ALTER TABLE mf_notification ADD COLUMN idempotency_key VARCHAR(80);
ALTER TABLE mf_notification ADD COLUMN subject VARCHAR(300);
ALTER TABLE mf_notification ADD COLUMN body LONGTEXT;
ALTER TABLE mf_notification ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE mf_notification ADD COLUMN next_attempt_at TIMESTAMP(6);
ALTER TABLE mf_notification ADD COLUMN sent_at TIMESTAMP(6);
ALTER TABLE mf_notification ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE mf_notification ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
-- Rows recorded before e-mail existed have nothing rendered to send: give them a key and leave them RECORDED.
UPDATE mf_notification SET idempotency_key = CONCAT('legacy-', CAST(id AS CHAR(20))) WHERE idempotency_key IS NULL;
CREATE UNIQUE INDEX uk_notification_key ON mf_notification (idempotency_key);
CREATE INDEX ix_notification_status ON mf_notification (status, next_attempt_at);

-- Each incoming mail once: the Message-ID is stored in the same transaction as its effect.
CREATE TABLE mf_processed_mail (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id   VARCHAR(500)  NOT NULL,
    sender       VARCHAR(254)  NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    ticket       VARCHAR(20),
    processed_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_processed_mail UNIQUE (message_id)
);

CREATE TABLE mf_mail_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket       VARCHAR(20)   NOT NULL,
    filename     VARCHAR(255)  NOT NULL,
    content_type VARCHAR(255)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    content      LONGBLOB      NOT NULL,
    received_at  TIMESTAMP(6)  NOT NULL
);
CREATE INDEX ix_attachment_ticket ON mf_mail_attachment (ticket);
