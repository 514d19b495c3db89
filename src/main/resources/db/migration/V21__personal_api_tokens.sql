-- Personal API tokens (issue 18): a person's own named credentials for the REST API of the embedded
-- default, scoped to reading or to reading and submitting reports. Only the token's SHA-256 is kept
-- (the token is 256 random bits, shown once); a revoked token stays listed with when it was revoked.
CREATE TABLE personal_api_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(100) NOT NULL,
    name       VARCHAR(80)  NOT NULL,
    scope      VARCHAR(16)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    revoked_at DATETIME(6),
    CONSTRAINT uq_personal_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_personal_api_token_person FOREIGN KEY (username) REFERENCES app_user (username),
    CONSTRAINT ck_personal_api_token_scope CHECK (scope IN ('READ', 'REPORTS'))
);
CREATE INDEX ix_personal_api_token_owner ON personal_api_token (username, created_at);
