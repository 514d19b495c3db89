-- Issue 15, items 2 and 5.
-- Update requests: a program manager of the task's agency or an oversight viewer asks the task's owner
-- for an update; the next progress update on the task answers every open request. The row belongs to
-- the task's agency (tenant_id), whoever asked, so the tenant filter keeps it with the task.
CREATE TABLE task_update_request (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id          VARCHAR(64)   NOT NULL,
    task_id            BIGINT        NOT NULL,
    owner_username     VARCHAR(100)  NOT NULL,
    requested_by       VARCHAR(100)  NOT NULL,
    requested_at       DATETIME(6)   NOT NULL,
    message            VARCHAR(1000),
    answered_at        DATETIME(6),
    answered_by_update BIGINT,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_update_request_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_update_request_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_update_request_owner FOREIGN KEY (owner_username) REFERENCES app_user (username),
    CONSTRAINT fk_update_request_asker FOREIGN KEY (requested_by) REFERENCES app_user (username),
    CONSTRAINT fk_update_request_answer FOREIGN KEY (answered_by_update) REFERENCES task_progress_update (id),
    CONSTRAINT ck_update_request_answer CHECK ((answered_at IS NULL) = (answered_by_update IS NULL))
);
CREATE INDEX ix_update_request_task ON task_update_request (tenant_id, task_id, answered_at);

-- Calendar feeds: one secret address per person; only the SHA-256 of its token is kept, so the
-- table does not give the addresses away. Rotating replaces the row; revoking deletes it.
CREATE TABLE calendar_feed (
    username   VARCHAR(100) NOT NULL PRIMARY KEY,
    token_hash CHAR(64)     NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (username) REFERENCES app_user (username)
);
