package org.policytracker.calendar.repository;

import java.util.Optional;
import org.policytracker.calendar.CalendarFeed;
import org.springframework.data.jpa.repository.JpaRepository;

/** People's calendar feeds, by username; a feed is found by the hash of its token. */
public interface CalendarFeedRepository extends JpaRepository<CalendarFeed, String> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
