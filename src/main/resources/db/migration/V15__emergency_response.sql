-- Emergency response (应急响应, issue 14): one row per emergency declared on a maintenance request (business key =
-- the request's ticket), with its dispatch, arrival, backup/restore checklist and post-incident review. Contract
-- targets for it (NULL = defaults 4/4/12 hours) and the roster's on-call flag.

CREATE TABLE mf_emergency (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket                VARCHAR(20)   NOT NULL,
    process_instance_id   VARCHAR(64),
    reason                VARCHAR(1000) NOT NULL,
    declared_by           VARCHAR(64)   NOT NULL,
    declared_at           DATETIME(6)   NOT NULL,
    contract_number       VARCHAR(40),
    on_site_hours         INT           NOT NULL,
    restore_hours         INT           NOT NULL,
    senior_engineer_hours INT           NOT NULL,
    engineer              VARCHAR(64),
    eta                   DATETIME(6),
    dispatched_by         VARCHAR(64),
    arrived_at            DATETIME(6),
    arrival_confirmed_by  VARCHAR(100),
    senior_engineer       VARCHAR(64),
    backup_taken          BOOLEAN,
    backup_location       VARCHAR(500),
    restore_tested        BOOLEAN,
    data_verified         BOOLEAN,
    restore_note          LONGTEXT,
    restored_by           VARCHAR(64),
    restored_at           DATETIME(6),
    review_timeline       LONGTEXT,
    root_cause            LONGTEXT,
    preventive_actions    LONGTEXT,
    reviewed_by           VARCHAR(64),
    reviewed_at           DATETIME(6),
    status                VARCHAR(20)   NOT NULL,
    -- The ticket while the emergency runs, NULL once reviewed: at most one running emergency per request, even
    -- for two declarations at the same moment (several NULLs are allowed by a UNIQUE constraint).
    running_ticket        VARCHAR(20),
    CONSTRAINT uk_emergency_running UNIQUE (running_ticket)
);
CREATE INDEX ix_emergency_ticket ON mf_emergency (ticket);

ALTER TABLE mf_contract ADD COLUMN on_site_hours INT;
ALTER TABLE mf_contract ADD COLUMN restore_hours INT;
ALTER TABLE mf_contract ADD COLUMN senior_engineer_hours INT;
ALTER TABLE mf_contract_aud ADD COLUMN on_site_hours INT;
ALTER TABLE mf_contract_aud ADD COLUMN restore_hours INT;
ALTER TABLE mf_contract_aud ADD COLUMN senior_engineer_hours INT;

ALTER TABLE mf_staff_profile ADD COLUMN on_call BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE mf_staff_profile_aud ADD COLUMN on_call BOOLEAN;
