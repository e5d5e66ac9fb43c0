-- Webhook subscriptions (issue 16): an external system's URL, the timeline events it wants (comma-separated, or *)
-- and the secret its deliveries are signed with (HMAC-SHA256). Deliveries are rows of mf_notification (template
-- WEBHOOK, recipient webhook:<id>): the same outbox, retries and back-off as mail. A removed subscription is kept
-- inactive, so its queued deliveries can tell why they stopped.
CREATE TABLE mf_webhook_subscription (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    url         VARCHAR(500)   NOT NULL,
    events      VARCHAR(1000)  NOT NULL,
    secret      VARCHAR(200)   NOT NULL,
    active      BOOLEAN        NOT NULL,
    created_by  VARCHAR(100)   NOT NULL,
    created_at  DATETIME(6)    NOT NULL
);
