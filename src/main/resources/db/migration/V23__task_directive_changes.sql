-- Order text import (issue 13): a task whose directive a new version of the order's text changed is
-- flagged "directive changed in version X" until its owner marks the change seen; each flag kept, with
-- who raised it (the import) and who saw it, when.
CREATE TABLE task_directive_change (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id       BIGINT       NOT NULL,
    version_label VARCHAR(200) NOT NULL,
    what_changed  VARCHAR(500) NOT NULL,
    flagged_at    DATETIME(6)  NOT NULL,
    flagged_by    VARCHAR(100) NOT NULL,
    seen_at       DATETIME(6)  NULL,
    seen_by       VARCHAR(100) NULL,
    CONSTRAINT fk_task_directive_change_task FOREIGN KEY (task_id) REFERENCES task (id),
    INDEX task_directive_change_task (task_id, seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
