-- Participation report ids from a sequence (issue 18, CSV import): Hibernate reserves a block of
-- 1,000 ids with one NEXT VALUE and sends the rows of a CSV import in JDBC batches; rows whose id
-- only AUTO_INCREMENT knows cannot be batched. AUTO_INCREMENT goes, so that an insert naming no id
-- fails instead of taking an id inside a block Hibernate holds: SQL that writes reports takes
-- NEXT VALUE FOR participation_report_seq as the id (each value starts a block of its own). (A
-- column DEFAULT of NEXT VALUE is refused to the migration account by MariaDB 11.4's privilege check.)
-- The sequence starts past every id so far, plus one block: Hibernate's pooled optimizer uses the
-- block that ends at the value it reads.
SET @first_free_report_id = (SELECT COALESCE(MAX(id), 0) + 1001 FROM participation_report);
SET @create_report_sequence = CONCAT('CREATE SEQUENCE participation_report_seq START WITH ', @first_free_report_id,
    ' INCREMENT BY 1000 MINVALUE 1 NOCYCLE');
PREPARE create_report_sequence FROM @create_report_sequence;
EXECUTE create_report_sequence;
DEALLOCATE PREPARE create_report_sequence;

ALTER TABLE participation_report MODIFY id BIGINT NOT NULL;
