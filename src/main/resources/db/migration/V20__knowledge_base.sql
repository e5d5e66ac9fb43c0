-- Knowledge base (知识库): solved faults as articles, published when their request is archived (docs/knowledge.md).
-- The search index (Hibernate Search: Lucene files or Elasticsearch/OpenSearch) is derived from this table and can
-- be rebuilt from it at any time (POST /api/knowledge/reindex).

-- The engineer's "不入知识库 / keep out of the knowledge base" on the implementation form, per round.
ALTER TABLE mf_maintenance_record ADD COLUMN kept_out_of_knowledge_base BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE mf_knowledge_article (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    title             VARCHAR(200)  NOT NULL,
    affected_system   VARCHAR(200)  NOT NULL,
    service_kind      VARCHAR(40),
    maintenance_type  VARCHAR(40),
    symptoms          VARCHAR(4000) NOT NULL,
    root_cause        VARCHAR(4000) NOT NULL,
    solution          VARCHAR(4000) NOT NULL,
    -- The request whose accepted maintenance record this article was made from, and its engineer.
    ticket            VARCHAR(20)   NOT NULL,
    engineer          VARCHAR(100)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    merged_into       BIGINT,
    published_at      DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    -- One article per request: a retried archive step finds it instead of publishing a second one.
    CONSTRAINT uk_knowledge_article_ticket UNIQUE (ticket),
    CONSTRAINT fk_knowledge_article_merged FOREIGN KEY (merged_into) REFERENCES mf_knowledge_article (id)
);

-- Every edit, merge and unpublication of an article (Hibernate Envers, revisions in mf_revision).
CREATE TABLE mf_knowledge_article_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT,
    title             VARCHAR(200),
    affected_system   VARCHAR(200),
    service_kind      VARCHAR(40),
    maintenance_type  VARCHAR(40),
    symptoms          VARCHAR(4000),
    root_cause        VARCHAR(4000),
    solution          VARCHAR(4000),
    ticket            VARCHAR(20),
    engineer          VARCHAR(100),
    status            VARCHAR(20),
    merged_into       BIGINT,
    published_at      DATETIME(6),
    updated_at        DATETIME(6),
    updated_by        VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_knowledge_article_aud_rev FOREIGN KEY (rev) REFERENCES mf_revision (id)
);
