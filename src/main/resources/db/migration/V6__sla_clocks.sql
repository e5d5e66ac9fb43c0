-- SLA clocks on a ticket (issue #4): one row per ticket and clock. due_at is recomputed by the business calendar
-- whenever the clock resumes or its target changes; paused_minutes_total counts working minutes of the clock's
-- calendar spent waiting on the customer, so a re-classification keeps them (GLPI #6902).
CREATE TABLE mf_sla_clock (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket               VARCHAR(20)  NOT NULL,
    clock                VARCHAR(20)  NOT NULL,
    contract_number      VARCHAR(60)  NOT NULL,
    calendar             VARCHAR(40)  NOT NULL,
    target_minutes       BIGINT       NOT NULL,
    started_at           DATETIME(6)  NOT NULL,
    due_at               DATETIME(6)  NOT NULL,
    paused_at            DATETIME(6),
    paused_minutes_total BIGINT       NOT NULL,
    stopped_at           DATETIME(6),
    state                VARCHAR(20)  NOT NULL,
    CONSTRAINT uk_sla_clock UNIQUE (ticket, clock)
);
CREATE INDEX ix_sla_clock_contract_due ON mf_sla_clock (contract_number, due_at);
CREATE INDEX ix_sla_clock_state_due ON mf_sla_clock (state, due_at);
