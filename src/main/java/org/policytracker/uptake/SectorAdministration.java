package org.policytracker.uptake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.tenant.AdministrativeChangeRefused;
import org.policytracker.uptake.repository.SectorRepository;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create and edit sectors, and say which sectors a sector association reports for;
 * every change is written to the administration history ("sector", "organisation").
 */
@Service
public class SectorAdministration {

    /** A sector's id: its code in reports, files and addresses. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final SectorRepository sectors;
    private final AdministrationHistory history;
    private final CurrentUser currentUser;

    SectorAdministration(SectorRepository sectors, AdministrationHistory history, CurrentUser currentUser) {
        this.sectors = sectors;
        this.history = history;
        this.currentUser = currentUser;
    }

    /** What administrators enter for a sector. */
    public record SectorInput(String id, String name, String description, String source) {
    }

    /** A sector as the admin page and the API show it. */
    public record SectorState(String id, String name, String description, String source) {
        static SectorState of(Sector sector) {
            return new SectorState(sector.getId(), sector.getName(), sector.getDescription(), sector.getSource());
        }
    }

    @Transactional(readOnly = true)
    public List<SectorState> all() {
        requireAdministrator();
        return sectors.findAll(Sort.by("name")).stream().map(SectorState::of).toList();
    }

    @Transactional
    public SectorState create(SectorInput input) {
        requireAdministrator();
        String id = input.id() == null ? "" : input.id().strip();
        if (!ID.matcher(id).matches()) {
            throw AdministrativeChangeRefused.invalid("id", "must be 1-64 lower-case letters, digits or hyphens, "
                    + "starting with a letter or digit");
        }
        if (sectors.existsById(id)) {
            throw AdministrativeChangeRefused.conflict("id", "sector '" + id + "' already exists");
        }
        Sector sector = sectors.save(new Sector(id, name(input), blankToNull(input.description()),
                blankToNull(input.source())));
        SectorState after = SectorState.of(sector);
        history.record("sector", id, "created", null, after);
        return after;
    }

    @Transactional
    public SectorState edit(String id, SectorInput input) {
        requireAdministrator();
        Sector sector = sectors.findById(id).orElseThrow(() -> AdministrativeChangeRefused.notFound("id",
                "no sector '" + id + "'"));
        SectorState before = SectorState.of(sector);
        sector.edit(name(input), blankToNull(input.description()), blankToNull(input.source()));
        SectorState after = SectorState.of(sector);
        history.record("sector", id, "edited", before, after);
        return after;
    }

    /** The sectors an association reports for, by id. */
    @Transactional(readOnly = true)
    public Set<String> coveredBy(String associationId) {
        requireAdministrator();
        return new TreeSet<>(sectors.findCoveredBy(associationId).stream().map(Sector::getId).toList());
    }

    /** Replaces the sectors an association reports for (its reports of sectors it no longer covers are kept). */
    @Transactional
    public Set<String> cover(String associationId, Set<String> sectorIds) {
        requireAdministrator();
        for (String sectorId : sectorIds) {
            if (!sectors.existsById(sectorId)) {
                throw AdministrativeChangeRefused.invalid("sectors", "no sector '" + sectorId + "'");
            }
        }
        Set<String> before = coveredBy(associationId);
        sectors.uncoverAll(associationId);
        sectorIds.forEach(sectorId -> sectors.coverSector(associationId, sectorId));
        Set<String> after = new TreeSet<>(sectorIds);
        if (!before.equals(after)) {
            history.record("organisation", associationId, "sectors changed", coverage(before), coverage(after));
        }
        return after;
    }

    private static Map<String, Object> coverage(Set<String> sectorIds) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("sectors", List.copyOf(sectorIds));
        return state;
    }

    private static String name(SectorInput input) {
        if (input.name() == null || input.name().isBlank()) {
            throw AdministrativeChangeRefused.invalid("name", "is required");
        }
        if (input.name().strip().length() > 200) {
            throw AdministrativeChangeRefused.invalid("name", "must be at most 200 characters");
        }
        return input.name().strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void requireAdministrator() {
        if (!currentUser.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators change sectors and what associations cover");
        }
    }
}
