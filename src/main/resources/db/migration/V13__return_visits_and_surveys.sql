-- Satisfaction surveys (issue #13): one per archived request, sent some working days after archiving. Scores are
-- 1 (worst) to 5 (best), NULL until answered. engineer: who did the request's last round of maintenance, else the
-- contract's first responsible engineer.
CREATE TABLE mf_survey (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket           VARCHAR(20)   NOT NULL,
    contract_number  VARCHAR(60),
    customer_code    VARCHAR(40)   NOT NULL,
    engineer         VARCHAR(64),
    contact_email    VARCHAR(254)  NOT NULL,
    invited_at       DATETIME(6)   NOT NULL,
    reminded_at      DATETIME(6),
    answered_at      DATETIME(6),
    answered_by      VARCHAR(100),
    overall          INT,
    response_speed   INT,
    fix_quality      INT,
    staff_attitude   INT,
    comments         VARCHAR(4000),
    followed_up_by   VARCHAR(64),
    followed_up_at   DATETIME(6),
    follow_up_note   VARCHAR(4000),
    CONSTRAINT uk_survey_ticket UNIQUE (ticket)
);
CREATE INDEX ix_survey_invited ON mf_survey (invited_at);
CREATE INDEX ix_survey_contract_invited ON mf_survey (contract_number, invited_at);

-- Phone return visits (定期电话回访): one row per due visit of a contract, keyed by the visit's business key
-- RV-<contract>-<yyyy-MM-dd>. status: CALLING, DONE, UNREACHABLE.
CREATE TABLE mf_return_visit (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    visit_key        VARCHAR(80)   NOT NULL,
    contract_number  VARCHAR(60)   NOT NULL,
    due_on           DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL,
    called_contact   VARCHAR(254),
    called_by        VARCHAR(64),
    reached          BOOLEAN       NOT NULL,
    satisfaction     INT,
    remarks          VARCHAR(4000),
    raised_ticket    VARCHAR(20),
    completed_at     DATETIME(6),
    CONSTRAINT uk_return_visit_key UNIQUE (visit_key)
);
CREATE INDEX ix_return_visit_contract ON mf_return_visit (contract_number, due_on);
