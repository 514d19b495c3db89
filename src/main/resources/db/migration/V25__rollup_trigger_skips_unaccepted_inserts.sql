-- CSV import (issue 18): V5's insert trigger ran its INSERT ... SELECT ... WHERE NEW.status = 'ACCEPTED'
-- for every new report, so each submitted revision of an import paid for a statement that added
-- nothing. The same trigger now tests the status first and runs the statement only for an accepted
-- report (such as a fixture's or a benchmark's rows written in SQL); what it adds is unchanged. The
-- update and delete triggers stay as V5 made them.
DELIMITER //
CREATE OR REPLACE TRIGGER trg_report_rollup_insert AFTER INSERT ON participation_report FOR EACH ROW
BEGIN
    IF NEW.status = 'ACCEPTED' THEN
        INSERT INTO gap_uptake_rollup (period_id, measure_id, sector_id, reports, eligible, participating, verified)
        VALUES (NEW.period_id, NEW.measure_id, NEW.sector_id, 1, NEW.eligible_count, NEW.participating_count,
                NEW.verified_count)
        ON DUPLICATE KEY UPDATE reports = reports + 1, eligible = eligible + NEW.eligible_count,
            participating = participating + NEW.participating_count, verified = verified + NEW.verified_count;
    END IF;
END//
DELIMITER ;
