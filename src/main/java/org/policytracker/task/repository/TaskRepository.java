package org.policytracker.task.repository;

import java.util.List;
import java.util.Optional;
import org.policytracker.order.Directive;
import org.policytracker.task.OpenTask;
import org.policytracker.task.Task;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tasks of the current tenant (filtered by Hibernate's tenant id), or of all in a cross-tenant read. */
public interface TaskRepository extends JpaRepository<Task, Long>, JpaSpecificationExecutor<Task> {

    @Query("select t from Task t join fetch t.directive d join fetch d.order where d.id = :directiveId"
            + " order by t.tenantId, t.dueOn, t.title")
    List<Task> findByDirectiveForListing(@Param("directiveId") long directiveId);

    /** Per agency and status: task count and summed percent, for another agency's aggregate view. */
    @Query("select t.tenantId, t.status, count(t), sum(t.percentComplete) from Task t"
            + " where t.directive.id = :directiveId group by t.tenantId, t.status")
    List<Object[]> progressByAgencyAndStatus(@Param("directiveId") long directiveId);

    /** Open tasks that have an owner, in the current scope (the reminders read them across every tenant). */
    @Query("select new org.policytracker.task.OpenTask(t.id, t.title, t.tenantId, t.ownerUsername, t.dueOn,"
            + " t.lastActivityAt) from Task t where t.status <> org.policytracker.task.TaskStatus.DONE"
            + " and t.ownerUsername is not null order by t.id")
    List<OpenTask> findOpenWithOwner();

    Optional<Task> findByDirectiveAndTitle(Directive directive, String title);

    /**
     * The task, whose version goes up when the transaction writes, even if only its milestones,
     * evidence or updates changed: an append is a change of the task that other editors must see.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select t from Task t where t.id = :id")
    Optional<Task> findForAppend(@Param("id") long id);
}
