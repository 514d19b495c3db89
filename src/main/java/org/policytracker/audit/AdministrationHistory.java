package org.policytracker.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policytracker.audit.repository.AdministrationChangeRepository;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administration history: every administrative change (orders, directives, measures, sectors,
 * organisations, periods, people) with who made it, when, and the subject's state before and after.
 * A change is recorded inside the transaction that makes it, so it is kept exactly when the change is.
 */
@Service
public class AdministrationHistory {

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final AdministrationChangeRepository changes;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    AdministrationHistory(AdministrationChangeRepository changes, Clock clock, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.changes = changes;
        this.clock = clock;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Records one change, attributed to {@link Actor#current()}. {@code before} and {@code after} are the
     * subject's state as a record or map (null before a creation, null after a deletion); they are stored
     * as JSON. Announced as {@link AdministrationChanged}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AdministrationChange record(String subjectType, String subjectKey, String action, Object before,
            Object after) {
        events.publishEvent(new AdministrationChanged(subjectType, subjectKey, action));
        return changes.save(new AdministrationChange(clock.instant(), Actor.current(), subjectType, subjectKey, action,
                toJson(before), toJson(after)));
    }

    /** One change as the history view shows it: what changed, field by field. */
    public record Entry(AdministrationChange change, List<FieldChange> fields) {
    }

    /** One field's value before and after (null where it did not exist). */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** The latest changes, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> latest(int count) {
        requireAdministrator();
        return changes.findByOrderByOccurredAtDescIdDesc(Limit.of(count)).stream().map(this::entry).toList();
    }

    /** The latest changes of one subject (e.g. "directive", "42"), newest first. */
    @Transactional(readOnly = true)
    public List<Entry> of(String subjectType, String subjectKey, int count) {
        requireAdministrator();
        return changes.findBySubjectTypeAndSubjectKeyOrderByOccurredAtDescIdDesc(subjectType, subjectKey,
                Limit.of(count)).stream().map(this::entry).toList();
    }

    private Entry entry(AdministrationChange change) {
        Map<String, Object> before = fields(change.getBeforeState());
        Map<String, Object> after = fields(change.getAfterState());
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FieldChange> changed = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changed.add(new FieldChange(name, before.get(name), after.get(name)));
            }
        }
        return new Entry(change, changed);
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private Map<String, Object> fields(String state) {
        return state == null ? Map.of() : json.readValue(state, FIELDS);
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators read the administration history");
        }
    }
}
