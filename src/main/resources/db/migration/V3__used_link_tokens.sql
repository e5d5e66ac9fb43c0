-- Signed customer action links are single-use: a token's id is written here in the same transaction as the
-- answer it carried, and the primary key turns a replay (or a concurrent double click) into a conflict.
CREATE TABLE mf_used_link_token (
    token_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    ticket      VARCHAR(20)  NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    choice      VARCHAR(20)  NOT NULL,
    used_at     DATETIME(6)  NOT NULL
);
CREATE INDEX ix_used_link_token_ticket ON mf_used_link_token (ticket);
