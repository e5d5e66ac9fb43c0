-- Customers, contacts and contracts become data the vendor manages (issue #10): deactivation instead of deletion,
-- the site address and responsible engineers of a contract, the service staff roster (服务机构人员配置名单), the
-- contract terms each request was received under, and Hibernate Envers' history tables (who, when, old → new).
-- Portable between H2 2.x and MySQL 8 / MariaDB 10.11.

ALTER TABLE mf_customer ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

ALTER TABLE mf_contract ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE mf_contract ADD COLUMN site_address VARCHAR(500);

-- Contact e-mails identify the customer in e-mail intake: one address once per customer.
ALTER TABLE mf_customer_contact ADD CONSTRAINT uk_contact_customer_email UNIQUE (customer_id, email);

CREATE TABLE mf_staff_profile (
    user_id         VARCHAR(64)   NOT NULL PRIMARY KEY,
    display_name    VARCHAR(100)  NOT NULL,
    phone           VARCHAR(40),
    title           VARCHAR(100),
    remarks         VARCHAR(1000)
);

-- The engineers named for a contract (批定专人), by Camunda user id; each has a roster entry.
CREATE TABLE mf_contract_engineer (
    contract_id     BIGINT        NOT NULL,
    user_id         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (contract_id, user_id),
    CONSTRAINT fk_contract_engineer_contract FOREIGN KEY (contract_id) REFERENCES mf_contract (id),
    CONSTRAINT fk_contract_engineer_staff FOREIGN KEY (user_id) REFERENCES mf_staff_profile (user_id)
);

-- The terms a request is judged by, copied from its contract when it was received: amending the contract later
-- changes new requests only.
ALTER TABLE mf_maintenance_request ADD COLUMN terms_service_level VARCHAR(40);
ALTER TABLE mf_maintenance_request ADD COLUMN terms_service_calendar VARCHAR(40);
ALTER TABLE mf_maintenance_request ADD COLUMN terms_warranty_start DATE;
ALTER TABLE mf_maintenance_request ADD COLUMN terms_warranty_end DATE;
ALTER TABLE mf_maintenance_request ADD COLUMN terms_free_maintenance_end DATE;
UPDATE mf_maintenance_request SET
    terms_service_level = (SELECT c.service_level FROM mf_contract c WHERE c.id = mf_maintenance_request.contract_id),
    terms_service_calendar = (SELECT c.service_calendar FROM mf_contract c WHERE c.id = mf_maintenance_request.contract_id),
    terms_warranty_start = (SELECT c.warranty_start FROM mf_contract c WHERE c.id = mf_maintenance_request.contract_id),
    terms_warranty_end = (SELECT c.warranty_end FROM mf_contract c WHERE c.id = mf_maintenance_request.contract_id),
    terms_free_maintenance_end = (SELECT c.free_maintenance_end FROM mf_contract c
                                  WHERE c.id = mf_maintenance_request.contract_id)
WHERE contract_id IS NOT NULL;

-- Hibernate Envers: one revision per transaction that changed an audited entity, with the user who made it.
CREATE TABLE mf_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    revision_at     BIGINT        NOT NULL,
    actor           VARCHAR(100)  NOT NULL
);

CREATE TABLE mf_customer_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    code            VARCHAR(40),
    name            VARCHAR(200),
    active          BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_customer_aud_rev FOREIGN KEY (rev) REFERENCES mf_revision (id)
);

CREATE TABLE mf_customer_contact_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    customer_id     BIGINT,
    name            VARCHAR(100),
    email           VARCHAR(254),
    phone           VARCHAR(40),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_contact_aud_rev FOREIGN KEY (rev) REFERENCES mf_revision (id)
);

CREATE TABLE mf_contract_aud (
    id                      BIGINT        NOT NULL,
    rev                     BIGINT        NOT NULL,
    revtype                 TINYINT,
    customer_id             BIGINT,
    contract_number         VARCHAR(60),
    service_level           VARCHAR(40),
    warranty_start          DATE,
    warranty_end            DATE,
    free_maintenance_end    DATE,
    service_calendar        VARCHAR(40),
    sla_targets             VARCHAR(2000),
    contract_value          DECIMAL(14,2),
    penalty_rate_percent    DECIMAL(5,2),
    penalty_cap_percent     DECIMAL(5,2),
    resident_engineer       VARCHAR(100),
    site_address            VARCHAR(500),
    active                  BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_contract_aud_rev FOREIGN KEY (rev) REFERENCES mf_revision (id)
);

CREATE TABLE mf_contract_engineer_aud (
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    contract_id     BIGINT        NOT NULL,
    user_id         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (rev, contract_id, user_id),
    CONSTRAINT fk_contract_engineer_aud_rev FOREIGN KEY (rev) REFERENCES mf_revision (id)
);

CREATE TABLE mf_staff_profile_aud (
    user_id         VARCHAR(64)   NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    display_name    VARCHAR(100),
    phone           VARCHAR(40),
    title           VARCHAR(100),
    remarks         VARCHAR(1000),
    PRIMARY KEY (user_id, rev),
    CONSTRAINT fk_staff_profile_aud_rev FOREIGN KEY (rev) REFERENCES mf_revision (id)
);
