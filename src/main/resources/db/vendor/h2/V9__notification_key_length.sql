-- Notifications about a contract (its responsible engineer changed) are keyed by the contract number, up to 60
-- characters, not only by a ticket. H2 spelling; db/vendor/mysql has MySQL's.
ALTER TABLE mf_notification ALTER COLUMN ticket SET DATA TYPE VARCHAR(60);
