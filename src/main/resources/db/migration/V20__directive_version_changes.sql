-- Order text import (issue 13): what a version of an order's text did to each directive it added or
-- changed (wording and deadline before and after), shown in the directive's version history.
CREATE TABLE directive_version_change (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directive_id          BIGINT       NOT NULL,
    order_text_version_id BIGINT       NOT NULL,
    change_kind           VARCHAR(16)  NOT NULL,
    wording_before        TEXT         NULL,
    wording_after         TEXT         NULL,
    deadline_before       DATE         NULL,
    deadline_after        DATE         NULL,
    CONSTRAINT fk_directive_version_change_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT fk_directive_version_change_version FOREIGN KEY (order_text_version_id) REFERENCES order_text_version (id),
    CONSTRAINT ck_directive_version_change_kind CHECK (change_kind IN ('ADDED', 'CHANGED')),
    INDEX directive_version_change_directive (directive_id, order_text_version_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
