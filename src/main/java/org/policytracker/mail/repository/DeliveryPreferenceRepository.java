package org.policytracker.mail.repository;

import org.policytracker.mail.DeliveryPreference;
import org.springframework.data.jpa.repository.JpaRepository;

/** Each person's delivery preferences (no row: the defaults). */
public interface DeliveryPreferenceRepository extends JpaRepository<DeliveryPreference, String> {
}
