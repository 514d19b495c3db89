package org.policytracker.audit;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Stamps every {@link Attributed} entity with the acting user and the time of the application's
 * clock when it is inserted or changed (a Spring bean: Hibernate takes entity listeners from the
 * application context).
 */
@Component
class AttributionStamps {

    private final Clock clock;

    AttributionStamps(Clock clock) {
        this.clock = clock;
    }

    @PrePersist
    void created(Attributed entity) {
        entity.stampCreation(clock.instant(), Actor.current());
    }

    @PreUpdate
    void changed(Attributed entity) {
        entity.stampChange(clock.instant(), Actor.current());
    }
}
