package org.policytracker.task.repository;

import java.util.List;
import org.policytracker.task.TaskUpdateRequest;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Update requests of the current tenant's tasks (filtered by Hibernate's tenant id). */
public interface TaskUpdateRequestRepository extends JpaRepository<TaskUpdateRequest, Long> {

    @Query("select r from TaskUpdateRequest r left join fetch r.answeredBy where r.taskId = :taskId"
            + " order by r.requestedAt desc, r.id desc")
    List<TaskUpdateRequest> findByTask(@Param("taskId") long taskId);

    List<TaskUpdateRequest> findByTaskIdAndAnsweredAtIsNull(long taskId);

    boolean existsByTaskIdAndRequestedByAndAnsweredAtIsNull(long taskId, String requestedBy);
}
