-- Attachments are no longer mail-only: the portal and the intake API store files with a request too, so the table
-- is named for what it holds and says where each file came from. Existing rows all came by e-mail.
ALTER TABLE mf_mail_attachment RENAME TO mf_attachment;
ALTER TABLE mf_attachment ADD COLUMN source VARCHAR(10) DEFAULT 'EMAIL' NOT NULL;
