package org.policytracker.uptake.repository;

import java.util.List;
import org.policytracker.uptake.Sector;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SectorRepository extends JpaRepository<Sector, String> {

    /** Sectors a sector association reports for. */
    @Query(value = "select s.* from sector s join association_sector a on a.sector_id = s.id "
            + "where a.tenant_id = :tenantId order by s.name", nativeQuery = true)
    List<Sector> findCoveredBy(@Param("tenantId") String tenantId);

    @Modifying
    @Query(value = "insert ignore into association_sector (tenant_id, sector_id) values (:tenantId, :sectorId)",
            nativeQuery = true)
    void coverSector(@Param("tenantId") String tenantId, @Param("sectorId") String sectorId);

    @Modifying
    @Query(value = "delete from association_sector where tenant_id = :tenantId", nativeQuery = true)
    void uncoverAll(@Param("tenantId") String tenantId);
}
