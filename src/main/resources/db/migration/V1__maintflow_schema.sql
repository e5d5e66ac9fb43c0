-- MaintFlow's own tables (Camunda creates its ACT_* tables itself). Portable between H2 2.x and
-- MySQL 8 / MariaDB 10.11: instants are stored as UTC DATETIME(6), long texts as LONGTEXT.

CREATE TABLE mf_customer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    CONSTRAINT uk_customer_code UNIQUE (code)
);

CREATE TABLE mf_customer_contact (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id     BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    phone           VARCHAR(40),
    CONSTRAINT fk_contact_customer FOREIGN KEY (customer_id) REFERENCES mf_customer (id)
);

CREATE TABLE mf_contract (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id             BIGINT        NOT NULL,
    contract_number         VARCHAR(60)   NOT NULL,
    service_level           VARCHAR(40)   NOT NULL,
    warranty_start          DATE          NOT NULL,
    warranty_end            DATE          NOT NULL,
    free_maintenance_end    DATE          NOT NULL,
    service_calendar        VARCHAR(40)   NOT NULL,
    sla_targets             VARCHAR(2000),
    contract_value          DECIMAL(14,2) NOT NULL,
    penalty_rate_percent    DECIMAL(5,2)  NOT NULL,
    resident_engineer       VARCHAR(100),
    CONSTRAINT uk_contract_number UNIQUE (contract_number),
    CONSTRAINT fk_contract_customer FOREIGN KEY (customer_id) REFERENCES mf_customer (id)
);

CREATE TABLE mf_ticket_counter (
    ticket_year     INT     NOT NULL PRIMARY KEY,
    last_number     BIGINT  NOT NULL
);

CREATE TABLE mf_maintenance_request (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket              VARCHAR(20)  NOT NULL,
    customer_id         BIGINT       NOT NULL,
    contract_id         BIGINT,
    channel             VARCHAR(20)  NOT NULL,
    contact_name        VARCHAR(100) NOT NULL,
    contact_email       VARCHAR(254) NOT NULL,
    contact_phone       VARCHAR(40),
    affected_system     VARCHAR(200) NOT NULL,
    title               VARCHAR(200) NOT NULL,
    description         LONGTEXT     NOT NULL,
    received_at         DATETIME(6) NOT NULL,
    within_free_period  BOOLEAN      NOT NULL,
    maintenance_type    VARCHAR(20),
    service_kind        VARCHAR(30),
    severity            VARCHAR(20),
    review_outcome      VARCHAR(20),
    charging            VARCHAR(10),
    status              VARCHAR(40)  NOT NULL,
    process_instance_id VARCHAR(64),
    CONSTRAINT uk_request_ticket UNIQUE (ticket),
    CONSTRAINT fk_request_customer FOREIGN KEY (customer_id) REFERENCES mf_customer (id),
    CONSTRAINT fk_request_contract FOREIGN KEY (contract_id) REFERENCES mf_contract (id)
);

CREATE TABLE mf_timeline_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket      VARCHAR(20)   NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    event       VARCHAR(60)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    detail      VARCHAR(4000)
);
CREATE INDEX ix_timeline_ticket ON mf_timeline_entry (ticket, occurred_at);

CREATE TABLE mf_notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket      VARCHAR(20)   NOT NULL,
    template    VARCHAR(60)   NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    status      VARCHAR(20)   NOT NULL
);
CREATE INDEX ix_notification_ticket ON mf_notification (ticket);

-- 用户问题反馈及落实情况表: the review's classification and note
CREATE TABLE mf_feedback_sheet (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket              VARCHAR(20)  NOT NULL,
    maintenance_type    VARCHAR(20)  NOT NULL,
    service_kind        VARCHAR(30)  NOT NULL,
    severity            VARCHAR(20)  NOT NULL,
    review_outcome      VARCHAR(20)  NOT NULL,
    within_spec_scope   BOOLEAN      NOT NULL,
    customer_caused     BOOLEAN      NOT NULL,
    review_note         VARCHAR(4000),
    reviewed_by         VARCHAR(100) NOT NULL,
    reviewed_at         DATETIME(6) NOT NULL
);
CREATE INDEX ix_feedback_ticket ON mf_feedback_sheet (ticket);

-- 客户回执
CREATE TABLE mf_customer_receipt (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket      VARCHAR(20)   NOT NULL,
    reason      VARCHAR(40)   NOT NULL,
    note        VARCHAR(4000),
    issued_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_receipt_ticket UNIQUE (ticket)
);

-- 报价
CREATE TABLE mf_quote (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket      VARCHAR(20)   NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    note        VARCHAR(4000),
    prepared_by VARCHAR(100)  NOT NULL,
    prepared_at DATETIME(6)  NOT NULL,
    approved    BOOLEAN,
    answered_by VARCHAR(100),
    answered_at DATETIME(6)
);
CREATE INDEX ix_quote_ticket ON mf_quote (ticket);

-- 维护方案 (one row per version: a declined plan is revised into a new row)
CREATE TABLE mf_maintenance_plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket      VARCHAR(20)   NOT NULL,
    version     INT           NOT NULL,
    summary     VARCHAR(4000) NOT NULL,
    due_date    DATE          NOT NULL,
    prepared_by VARCHAR(100)  NOT NULL,
    prepared_at DATETIME(6)  NOT NULL,
    confirmed   BOOLEAN,
    answered_by VARCHAR(100),
    answered_at DATETIME(6)
);
CREATE INDEX ix_plan_ticket ON mf_maintenance_plan (ticket);

-- 支持维护记录 (one per implementation round)
CREATE TABLE mf_maintenance_record (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket       VARCHAR(20)   NOT NULL,
    round_number INT           NOT NULL,
    root_cause   VARCHAR(4000) NOT NULL,
    solution     VARCHAR(4000) NOT NULL,
    hours_spent  DECIMAL(7,1)  NOT NULL,
    engineer     VARCHAR(100)  NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL
);
CREATE INDEX ix_record_ticket ON mf_maintenance_record (ticket);

-- 维护验收
CREATE TABLE mf_acceptance_round (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket       VARCHAR(20)   NOT NULL,
    round_number INT           NOT NULL,
    accepted     BOOLEAN       NOT NULL,
    note         VARCHAR(4000),
    answered_by  VARCHAR(100)  NOT NULL,
    answered_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_acceptance_round UNIQUE (ticket, round_number)
);

-- 客户意见/满意度
CREATE TABLE mf_customer_opinion (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket       VARCHAR(20)   NOT NULL,
    satisfaction INT           NOT NULL,
    opinion      VARCHAR(4000),
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_opinion_ticket UNIQUE (ticket)
);

-- 维护总结 and the final confirmation
CREATE TABLE mf_maintenance_summary (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket       VARCHAR(20)   NOT NULL,
    summary      VARCHAR(4000) NOT NULL,
    written_by   VARCHAR(100)  NOT NULL,
    written_at   DATETIME(6)  NOT NULL,
    confirmed_by VARCHAR(100),
    confirmed_at DATETIME(6),
    CONSTRAINT uk_summary_ticket UNIQUE (ticket)
);

-- Sealed archive: one row per request, never updated
CREATE TABLE mf_archive_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket      VARCHAR(20)  NOT NULL,
    content     LONGTEXT     NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    archived_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_archive_ticket UNIQUE (ticket)
);
