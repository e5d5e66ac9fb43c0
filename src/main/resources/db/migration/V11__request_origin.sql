-- A request raised by another service process (an inspection finding, a return visit) names it: that process's
-- business key, e.g. IN-CT-PREMIUM-01-2026-12. NULL for requests customers or staff opened directly.
ALTER TABLE mf_maintenance_request ADD COLUMN origin VARCHAR(80);
CREATE INDEX ix_request_origin ON mf_maintenance_request (origin);
