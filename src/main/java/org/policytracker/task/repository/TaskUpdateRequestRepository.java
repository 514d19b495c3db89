package org.policytracker.task.repository;

import java.util.List;
import org.policytracker.task.OpenUpdateRequest;
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

    /** The open requests asked of the person or by them (of the tasks in scope), oldest first. */
    @Query("select new org.policytracker.task.OpenUpdateRequest(r.id, r.taskId, t.title, r.ownerUsername,"
            + " r.requestedBy, r.requestedAt, r.message) from TaskUpdateRequest r join Task t on t.id = r.taskId"
            + " where r.answeredAt is null and (r.ownerUsername = :person or r.requestedBy = :person)"
            + " order by r.requestedAt, r.id")
    List<OpenUpdateRequest> findOpenInvolving(@Param("person") String username);

    boolean existsByTaskIdAndRequestedByAndAnsweredAtIsNull(long taskId, String requestedBy);
}
