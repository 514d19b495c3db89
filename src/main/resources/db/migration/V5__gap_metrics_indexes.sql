-- Gap metrics (issue 6): what the dashboard's SQL aggregates rely on, and the indexes they read.

-- At most one accepted revision per association, measure, sector and period: a correction
-- supersedes the revision it replaces (uptake.ReportingService), and the database guarantees it, so
-- "the latest accepted revision" is simply the row whose status is ACCEPTED and the metrics need no
-- per-row search for later revisions. accepted_slot is 1 for an accepted revision, NULL otherwise
-- (NULLs never collide in a unique index).
ALTER TABLE participation_report
    ADD COLUMN accepted_slot TINYINT AS (CASE WHEN status = 'ACCEPTED' THEN 1 END) VIRTUAL,
    ADD CONSTRAINT uq_report_one_accepted UNIQUE (tenant_id, measure_id, sector_id, period_id, accepted_slot);

-- Accepted report totals per period, measure and sector, kept by the triggers below in the same
-- transaction as every insert, update and delete of a report: uptake, verification and coverage of
-- the dashboard and of its trend read these few thousand rows instead of scanning a million
-- reports. Public aggregates (no tenant): a row sums every association's accepted revision.
-- reports = 0 means no accepted report (left by a correction or a deletion).
CREATE TABLE gap_uptake_rollup (
    period_id     BIGINT      NOT NULL,
    measure_id    BIGINT      NOT NULL,
    sector_id     VARCHAR(64) NOT NULL,
    reports       INT         NOT NULL,
    eligible      BIGINT      NOT NULL,
    participating BIGINT      NOT NULL,
    verified      BIGINT      NOT NULL,
    PRIMARY KEY (period_id, measure_id, sector_id)
);

INSERT INTO gap_uptake_rollup (period_id, measure_id, sector_id, reports, eligible, participating, verified)
SELECT period_id, measure_id, sector_id, COUNT(*), SUM(eligible_count), SUM(participating_count), SUM(verified_count)
FROM participation_report WHERE status = 'ACCEPTED'
GROUP BY period_id, measure_id, sector_id;

CREATE TRIGGER trg_report_rollup_insert AFTER INSERT ON participation_report FOR EACH ROW
INSERT INTO gap_uptake_rollup (period_id, measure_id, sector_id, reports, eligible, participating, verified)
SELECT NEW.period_id, NEW.measure_id, NEW.sector_id, 1, NEW.eligible_count, NEW.participating_count, NEW.verified_count
FROM DUAL WHERE NEW.status = 'ACCEPTED'
ON DUPLICATE KEY UPDATE reports = reports + 1, eligible = eligible + NEW.eligible_count,
    participating = participating + NEW.participating_count, verified = verified + NEW.verified_count;

CREATE TRIGGER trg_report_rollup_update_out AFTER UPDATE ON participation_report FOR EACH ROW
UPDATE gap_uptake_rollup SET reports = reports - 1, eligible = eligible - OLD.eligible_count,
    participating = participating - OLD.participating_count, verified = verified - OLD.verified_count
WHERE OLD.status = 'ACCEPTED' AND period_id = OLD.period_id AND measure_id = OLD.measure_id
  AND sector_id = OLD.sector_id;

CREATE TRIGGER trg_report_rollup_update_in AFTER UPDATE ON participation_report FOR EACH ROW
FOLLOWS trg_report_rollup_update_out
INSERT INTO gap_uptake_rollup (period_id, measure_id, sector_id, reports, eligible, participating, verified)
SELECT NEW.period_id, NEW.measure_id, NEW.sector_id, 1, NEW.eligible_count, NEW.participating_count, NEW.verified_count
FROM DUAL WHERE NEW.status = 'ACCEPTED'
ON DUPLICATE KEY UPDATE reports = reports + 1, eligible = eligible + NEW.eligible_count,
    participating = participating + NEW.participating_count, verified = verified + NEW.verified_count;

CREATE TRIGGER trg_report_rollup_delete AFTER DELETE ON participation_report FOR EACH ROW
UPDATE gap_uptake_rollup SET reports = reports - 1, eligible = eligible - OLD.eligible_count,
    participating = participating - OLD.participating_count, verified = verified - OLD.verified_count
WHERE OLD.status = 'ACCEPTED' AND period_id = OLD.period_id AND measure_id = OLD.measure_id
  AND sector_id = OLD.sector_id;

-- The drill-down to the accepted reports of one measure (and sector) in one period reads V1's
-- ix_report_metrics (status, period_id, measure_id, sector_id).

-- Execution, schedule gap, staleness, forecast and the task trend group current tasks by directive
-- (and by agency for the drill-down): covering index with the dates they read.
CREATE INDEX ix_task_gap ON task
    (directive_id, tenant_id, status, percent_complete, due_on, completed_on, last_activity_at);
