-- Missed SLA deadlines (issue #4): at most one per ticket and clock, so a breach is counted and priced once
-- however often it is detected (clock stop, overdue sweep, both racing).
CREATE TABLE mf_sla_breach (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket               VARCHAR(20)  NOT NULL,
    clock                VARCHAR(20)  NOT NULL,
    contract_number      VARCHAR(60)  NOT NULL,
    due_at               DATETIME(6)  NOT NULL,
    actual_at            DATETIME(6)  NOT NULL,
    working_minutes_over BIGINT       NOT NULL,
    CONSTRAINT uk_sla_breach UNIQUE (ticket, clock)
);
CREATE INDEX ix_sla_breach_contract_due ON mf_sla_breach (contract_number, due_at);

-- Penalties per breach are penalty_rate_percent of the contract value, capped per calendar month at this share.
ALTER TABLE mf_contract ADD COLUMN penalty_cap_percent DECIMAL(5,2) DEFAULT 10.00 NOT NULL;
