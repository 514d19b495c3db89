package org.policytracker.api;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Idempotency keys of the current tenant (a key is unique per tenant). */
interface IdempotencyRecordRepository extends JpaRepository<IdempotencyRecord, Long> {

    Optional<IdempotencyRecord> findByKey(String key);
}
