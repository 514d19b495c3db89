-- Order administration (issue 12, item 1): an order's official number and the status "amended";
-- a directive's section reference, its place in the order's list, a deadline given as days after
-- the order's signing (the date column then holds the date computed from the signed date), and
-- retirement (a directive with work on it is kept, read-only and closed to new tasks, instead of deleted).

ALTER TABLE exec_order
    ADD COLUMN number VARCHAR(64) NULL AFTER code,
    DROP CONSTRAINT ck_exec_order_status,
    ADD CONSTRAINT ck_exec_order_status CHECK (status IN ('DRAFT', 'SIGNED', 'AMENDED', 'SUPERSEDED', 'REVOKED'));

ALTER TABLE exec_order_aud
    ADD COLUMN number VARCHAR(64) NULL AFTER code;

ALTER TABLE directive
    ADD COLUMN section_ref                 VARCHAR(64) NULL AFTER code,
    ADD COLUMN position                    INT         NOT NULL DEFAULT 0 AFTER order_id,
    ADD COLUMN deadline_days_after_signing INT         NULL AFTER deadline,
    ADD COLUMN retired_at                  DATETIME(6) NULL,
    ADD CONSTRAINT ck_directive_deadline_days CHECK (deadline_days_after_signing BETWEEN 0 AND 3650);

ALTER TABLE directive_aud
    ADD COLUMN section_ref                 VARCHAR(64) NULL,
    ADD COLUMN position                    INT         NULL,
    ADD COLUMN deadline_days_after_signing INT         NULL,
    ADD COLUMN retired_at                  DATETIME(6) NULL;

-- The directives already stored keep the order of their codes.
UPDATE directive d
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY code) - 1 AS place FROM directive) ranked
    ON ranked.id = d.id
SET d.position = ranked.place;
