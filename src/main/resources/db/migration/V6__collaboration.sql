-- Live collaboration: comments on items, per-user notifications, and the activity feed.
-- Comments and activity carry the tenant that owns their item (NULL for shared items such as
-- directives), so every read can be limited to what the reader may see.

CREATE TABLE item_comment (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_type      VARCHAR(16)   NOT NULL,
    item_id        BIGINT        NOT NULL,
    item_tenant_id VARCHAR(64),
    author         VARCHAR(100)  NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_comment_author FOREIGN KEY (author) REFERENCES app_user (username),
    CONSTRAINT fk_comment_tenant FOREIGN KEY (item_tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_comment_item_type CHECK (item_type IN ('TASK', 'DIRECTIVE', 'REPORT')),
    CONSTRAINT ck_comment_body CHECK (CHAR_LENGTH(TRIM(body)) > 0)
);
CREATE INDEX ix_comment_item ON item_comment (item_type, item_id, created_at);

CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(100)  NOT NULL,
    item_type  VARCHAR(16)   NOT NULL,
    item_id    BIGINT        NOT NULL,
    actor      VARCHAR(100)  NOT NULL,
    message    VARCHAR(500)  NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    read_at    DATETIME(6),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient) REFERENCES app_user (username),
    CONSTRAINT ck_notification_item_type CHECK (item_type IN ('TASK', 'DIRECTIVE', 'REPORT'))
);
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at, created_at);

CREATE TABLE activity (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64),
    item_type    VARCHAR(16)  NOT NULL,
    item_id      BIGINT       NOT NULL,
    directive_id BIGINT,
    actor        VARCHAR(100) NOT NULL,
    summary      VARCHAR(500) NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_activity_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_activity_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT ck_activity_item_type CHECK (item_type IN ('TASK', 'DIRECTIVE', 'REPORT'))
);
CREATE INDEX ix_activity_tenant ON activity (tenant_id, occurred_at);
CREATE INDEX ix_activity_directive ON activity (directive_id, occurred_at);
