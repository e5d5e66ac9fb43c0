-- Training (培训): the training register, its attendees (administrators and operators), its sessions with their
-- sign-in sheets (immutable once an instructor confirmed them) and the attendees' evaluations.

CREATE TABLE mf_training (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    training_number     VARCHAR(20)   NOT NULL,
    contract_number     VARCHAR(40)   NOT NULL,
    customer_name       VARCHAR(200),
    site                VARCHAR(200)  NOT NULL,
    start_date          DATE          NOT NULL,
    days                INT           NOT NULL,
    content             LONGTEXT      NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    process_instance_id VARCHAR(64),
    instructors         VARCHAR(1000),
    logistics           LONGTEXT,
    materials_ready_at  DATETIME(6),
    materials_ready_by  VARCHAR(100),
    created_at          DATETIME(6)   NOT NULL,
    closed_at           DATETIME(6),
    CONSTRAINT uk_training_number UNIQUE (training_number)
);

CREATE TABLE mf_training_attendee (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    training_id   BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    role          VARCHAR(20)   NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    phone         VARCHAR(40),
    notified_at   DATETIME(6),
    registered_at DATETIME(6),
    -- No unique (training_id, seq): a change of the attendee lists replaces the rows, keeping each person's number.
    CONSTRAINT fk_training_attendee FOREIGN KEY (training_id) REFERENCES mf_training (id)
);

CREATE TABLE mf_training_session (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    training_id  BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    session_date DATE          NOT NULL,
    start_time   VARCHAR(5)    NOT NULL,
    end_time     VARCHAR(5)    NOT NULL,
    room         VARCHAR(100)  NOT NULL,
    attended     VARCHAR(2000),
    confirmed_by VARCHAR(100),
    confirmed_at DATETIME(6),
    CONSTRAINT fk_training_session FOREIGN KEY (training_id) REFERENCES mf_training (id),
    CONSTRAINT uk_training_session UNIQUE (training_id, seq)
);

CREATE TABLE mf_training_evaluation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    training_id        BIGINT   NOT NULL,
    attendee_seq       INT      NOT NULL,
    content_score      INT      NOT NULL,
    instructor_score   INT      NOT NULL,
    organisation_score INT      NOT NULL,
    comments           LONGTEXT,
    answered_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_training_evaluation FOREIGN KEY (training_id) REFERENCES mf_training (id),
    CONSTRAINT uk_training_evaluation UNIQUE (training_id, attendee_seq)
);
