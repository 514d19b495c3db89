package org.policytracker.task;

import java.util.List;
import java.util.Optional;
import org.policytracker.order.Directive;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tasks of the current tenant (filtered by Hibernate's tenant id). */
public interface TaskRepository extends JpaRepository<Task, Long> {

    @Query("select t from Task t join fetch t.directive d join fetch d.order order by t.dueOn, t.title")
    List<Task> findAllForListing();

    Optional<Task> findByDirectiveAndTitle(Directive directive, String title);
}
