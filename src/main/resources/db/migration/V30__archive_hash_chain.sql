-- Archive hash chain: every sealed bundle also carries the previous bundle's link hash, so rewriting one
-- bundle and its own hash breaks every later link. chain_position orders the chain (1, 2, …);
-- chain_sha256 = SHA-256(previous_sha256 || sha256) as hex text. The one-row head table holds the last link
-- (so a deleted last bundle is noticed too) and is the lock that serialises sealing across nodes.
-- Bundles sealed before this migration are chained in id order by V31 (Java: SQL has no portable SHA-256).
ALTER TABLE mf_archive_record ADD COLUMN chain_position BIGINT;
ALTER TABLE mf_archive_record ADD COLUMN previous_sha256 VARCHAR(64);
ALTER TABLE mf_archive_record ADD COLUMN chain_sha256 VARCHAR(64);
CREATE UNIQUE INDEX uk_archive_chain_position ON mf_archive_record (chain_position);

CREATE TABLE mf_archive_chain_head (
    id            INT          PRIMARY KEY,
    chain_length  BIGINT       NOT NULL,
    head_sha256   VARCHAR(64)  NOT NULL
);
-- The chain starts from 64 zeros (the "previous" of the first bundle).
INSERT INTO mf_archive_chain_head (id, chain_length, head_sha256)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
