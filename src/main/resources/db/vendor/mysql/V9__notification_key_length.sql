-- Notifications about a contract (its responsible engineer changed) are keyed by the contract number, up to 60
-- characters, not only by a ticket. MySQL/MariaDB spelling; db/vendor/h2 has H2's.
ALTER TABLE mf_notification MODIFY COLUMN ticket VARCHAR(60) NOT NULL;
