-- Gap metrics (issue 6): indexes designed for the dashboard's SQL aggregates.

-- Uptake, verification and coverage read accepted reports of one period (or of the trend's
-- periods) grouped by measure and sector: this index covers every column those aggregates read,
-- so they are answered from the index alone, in group order.
CREATE INDEX ix_report_gap ON participation_report
    (status, period_id, measure_id, sector_id, tenant_id, revision,
     eligible_count, participating_count, verified_count);

-- "Latest accepted revision": the probe for a later accepted revision of the same
-- association / measure / sector / period is one index range read.
CREATE INDEX ix_report_latest ON participation_report
    (tenant_id, measure_id, sector_id, period_id, status, revision);

-- Execution, schedule gap, staleness and forecast group current tasks by directive (and by agency
-- for the drill-down): covering index with the dates they read.
CREATE INDEX ix_task_gap ON task
    (directive_id, tenant_id, status, percent_complete, due_on, completed_on, last_activity_at);
