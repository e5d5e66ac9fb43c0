-- Periodic inspection (issue 13). H2 spelling; db/vendor/mysql has MySQL's (only the ALTERs differ).
-- Inspections are keyed IN-<contract>-<period> (up to 74 characters), and share the ticket-keyed tables of the
-- SLA clocks, breaches, timeline, notifications and archive, so their key columns widen to 80 (like origin).
ALTER TABLE mf_sla_clock ALTER COLUMN ticket SET DATA TYPE VARCHAR(80);
ALTER TABLE mf_sla_breach ALTER COLUMN ticket SET DATA TYPE VARCHAR(80);
ALTER TABLE mf_timeline_entry ALTER COLUMN ticket SET DATA TYPE VARCHAR(80);
ALTER TABLE mf_archive_record ALTER COLUMN ticket SET DATA TYPE VARCHAR(80);
ALTER TABLE mf_notification ALTER COLUMN ticket SET DATA TYPE VARCHAR(80);
-- One inspection per contract and due period (periodic-inspection.bpmn): the UNIQUE (contract_number, period_key)
-- is what keeps a second node, or a retried job, from starting a second inspection for the same period; the row is
-- written in the transaction that starts the process instance.
CREATE TABLE mf_inspection (
    inspection_key       VARCHAR(80)  NOT NULL PRIMARY KEY,
    contract_number      VARCHAR(60)  NOT NULL,
    customer_code        VARCHAR(40)  NOT NULL,
    period_key           VARCHAR(10)  NOT NULL,
    cycle                VARCHAR(20)  NOT NULL,
    period_start         DATE         NOT NULL,
    due_at               DATETIME(6)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    opened_at            DATETIME(6)  NOT NULL,
    inspected_at         DATETIME(6),
    inspected_by         VARCHAR(64),
    reported_at          DATETIME(6),
    process_instance_id  VARCHAR(64),
    CONSTRAINT uk_inspection_period UNIQUE (contract_number, period_key)
);
-- The checklist: one row per item (hardware, configuration, network, data safety, performance).
CREATE TABLE mf_inspection_check (
    inspection_key  VARCHAR(80)  NOT NULL,
    position        INT          NOT NULL,
    item            VARCHAR(20)  NOT NULL,
    result          VARCHAR(10)  NOT NULL,
    note            VARCHAR(500),
    PRIMARY KEY (inspection_key, position)
);
-- Free findings; ticket is the maintenance request raised for a finding marked for action.
CREATE TABLE mf_inspection_finding (
    inspection_key  VARCHAR(80)  NOT NULL,
    position        INT          NOT NULL,
    finding_text    VARCHAR(200) NOT NULL,
    raise_request   BOOLEAN      NOT NULL,
    ticket          VARCHAR(20),
    PRIMARY KEY (inspection_key, position)
);
