-- Complaints (客户投诉处理机制): the complaint register, its corrective/preventive actions (纠正/预防措施), and the
-- number counter generalised to more than one series (MR- requests, CP- complaints), one row per series and year.

ALTER TABLE mf_ticket_counter ADD COLUMN series VARCHAR(8) DEFAULT 'MR' NOT NULL;
ALTER TABLE mf_ticket_counter DROP PRIMARY KEY;
ALTER TABLE mf_ticket_counter ADD PRIMARY KEY (series, ticket_year);

-- The staff texts (at most 4000 characters each, checked by the listeners) are LONGTEXT: six VARCHAR(4000) columns
-- in utf8mb4 would pass MySQL/MariaDB's 65,535-byte row limit.
CREATE TABLE mf_complaint (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_number    VARCHAR(20)   NOT NULL,
    customer_id         BIGINT        NOT NULL,
    contract_number     VARCHAR(40),
    channel             VARCHAR(20)   NOT NULL,
    contact_name        VARCHAR(100)  NOT NULL,
    contact_email       VARCHAR(254)  NOT NULL,
    contact_phone       VARCHAR(40),
    subject             VARCHAR(200)  NOT NULL,
    description         LONGTEXT      NOT NULL,
    related_ticket      VARCHAR(20),
    repeated            BOOLEAN       NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    process_instance_id VARCHAR(64),
    repeat_review       LONGTEXT,
    facts               LONGTEXT,
    cause               LONGTEXT,
    responsibility      LONGTEXT,
    reply_text          LONGTEXT,
    replied_at          DATETIME(6),
    customer_answer     VARCHAR(20),
    answered_at         DATETIME(6),
    management_decision LONGTEXT,
    closed_at           DATETIME(6),
    CONSTRAINT uk_complaint_number UNIQUE (complaint_number),
    CONSTRAINT fk_complaint_customer FOREIGN KEY (customer_id) REFERENCES mf_customer (id)
);
-- "A second complaint of the same customer within 90 days" is asked at every registration.
CREATE INDEX ix_complaint_customer_received ON mf_complaint (customer_id, received_at);

CREATE TABLE mf_complaint_action (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT        NOT NULL,
    action       VARCHAR(2000) NOT NULL,
    owner        VARCHAR(100)  NOT NULL,
    due_date     DATE          NOT NULL,
    done         BOOLEAN       NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_complaint_action_complaint FOREIGN KEY (complaint_id) REFERENCES mf_complaint (id)
);
