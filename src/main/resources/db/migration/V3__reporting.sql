-- Participation reporting (issue 5): idempotent API submissions.
-- A client that retries a submission with the same Idempotency-Key gets the first answer again
-- instead of a second revision. The key is unique per tenant; the request hash tells a true retry
-- (same body) from a reused key (different body), which is refused.
CREATE TABLE api_idempotency_key (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INT          NOT NULL,
    response_body   MEDIUMTEXT   NOT NULL,
    report_id       BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_idempotency_key UNIQUE (tenant_id, idempotency_key),
    CONSTRAINT fk_idempotency_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_idempotency_report FOREIGN KEY (report_id) REFERENCES participation_report (id),
    CONSTRAINT ck_idempotency_status CHECK (response_status BETWEEN 200 AND 299)
);

-- Review queue of lead agencies: submitted revisions by measure.
CREATE INDEX ix_report_review ON participation_report (status, measure_id, tenant_id);
