-- Gap metrics (issue 6): what the dashboard's SQL aggregates rely on, and the indexes they read.

-- At most one accepted revision per association, measure, sector and period: a correction
-- supersedes the revision it replaces (uptake.ReportingService), and the database guarantees it, so
-- "the latest accepted revision" is simply the row whose status is ACCEPTED and the metrics need no
-- per-row search for later revisions. accepted_slot is 1 for an accepted revision, NULL otherwise
-- (NULLs never collide in a unique index).
ALTER TABLE participation_report
    ADD COLUMN accepted_slot TINYINT AS (CASE WHEN status = 'ACCEPTED' THEN 1 END) VIRTUAL,
    ADD CONSTRAINT uq_report_one_accepted UNIQUE (tenant_id, measure_id, sector_id, period_id, accepted_slot);

-- Uptake, verification and coverage read accepted reports of the trend's periods grouped by period,
-- measure and sector: this index holds every column they read, in that order, so the aggregate is
-- one index range scan with no table access, no temporary table and no sort.
CREATE INDEX ix_report_gap ON participation_report
    (status, period_id, measure_id, sector_id, eligible_count, participating_count, verified_count);

-- Execution, schedule gap, staleness, forecast and the task trend group current tasks by directive
-- (and by agency for the drill-down): covering index with the dates they read.
CREATE INDEX ix_task_gap ON task
    (directive_id, tenant_id, status, percent_complete, due_on, completed_on, last_activity_at);
