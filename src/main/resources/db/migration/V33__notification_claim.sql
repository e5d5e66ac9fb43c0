-- Outbox claim (issue 16 item 6): a node takes a row for one send attempt with a lease before talking to SMTP (or a
-- webhook receiver), so two live nodes never send the same row at once. A node that dies mid-send leaves the lease
-- to lapse; the row is then sent again with the same Message-ID / Idempotency-Key.
ALTER TABLE mf_notification ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE mf_notification ADD COLUMN claimed_until TIMESTAMP(6);
