-- Order text import (issue 13): the texts an order was imported from, one row per version (draft, signed,
-- amended), with its date and source, so that a later version can be compared with what was imported.
CREATE TABLE order_text_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    dated       DATE         NULL,
    source      VARCHAR(500) NOT NULL,
    format      VARCHAR(8)   NOT NULL,
    text        LONGTEXT     NOT NULL,
    imported_at DATETIME(6)  NOT NULL,
    imported_by VARCHAR(100) NOT NULL,
    CONSTRAINT fk_order_text_version_order FOREIGN KEY (order_id) REFERENCES exec_order (id),
    CONSTRAINT ck_order_text_version_kind CHECK (kind IN ('DRAFT', 'SIGNED', 'AMENDED')),
    CONSTRAINT ck_order_text_version_format CHECK (format IN ('PLAIN', 'HTML', 'XML')),
    INDEX order_text_version_order (order_id, imported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
