-- Housekeeping. Unused uploads are withdrawn by their uploader or swept after a while; their
-- bytes go with them unless another upload or attachment shares the same content.
CREATE INDEX uploads_by_sha256 ON uploads (sha256);
CREATE INDEX attachments_by_sha256 ON attachments (sha256);
CREATE INDEX uploads_unused_by_age ON uploads (created_at) WHERE used = 0;
-- Idempotency keys are kept long enough for any retry, then forgotten.
CREATE INDEX idempotency_by_age ON idempotency (created_at);
