package org.policytracker.task;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policytracker.audit.Actor;
import org.policytracker.security.CurrentUser;
import org.policytracker.task.query.TaskDirectiveChanges;
import org.policytracker.task.repository.TaskRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks whose directive changed: a module above that changes directives (orderimport, applying a new
 * version of an order's text) flags every task on the directive, of every agency; the task page and
 * the task list show the flag until the task's owner marks it seen. The task's own values and history
 * stay as they are.
 */
@Service
public class DirectiveChangeFlags {

    /** The longest "what changed" kept. */
    private static final int MAX_WHAT = 500;

    /** An unseen change of a task's directive: in which version, and what changed. */
    public record DirectiveChangeFlag(long taskId, String versionLabel, String whatChanged) {
    }

    private final TaskDirectiveChanges changes;
    private final TaskRepository tasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    DirectiveChangeFlags(TaskDirectiveChanges changes, TaskRepository tasks, CurrentUser currentUser, Clock clock) {
        this.changes = changes;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Flags every task on the directive, of every agency (the change is the order's, not an agency's), in
     * the caller's transaction, attributed to its actor.
     *
     * @return how many tasks were flagged
     */
    @Transactional
    public int flagTasksOf(long directiveId, String versionLabel, String whatChanged) {
        String what = whatChanged.length() <= MAX_WHAT ? whatChanged : whatChanged.substring(0, MAX_WHAT - 1) + "…";
        return changes.flagTasksOf(directiveId, versionLabel, what, clock.instant(), Actor.current());
    }

    /** The task's unseen directive changes, oldest first; none for a task the user may not see. */
    @Transactional(readOnly = true)
    public List<DirectiveChangeFlag> unseen(long taskId) {
        return tasks.findById(taskId).map(task -> changes.unseenOf(List.of(taskId)).getOrDefault(taskId, List.of()))
                .orElse(List.of());
    }

    /** The unseen directive changes of the listed tasks (already read through the tenant filter), by task. */
    @Transactional(readOnly = true)
    public Map<Long, List<DirectiveChangeFlag>> unseen(Collection<Long> taskIds) {
        return changes.unseenOf(taskIds);
    }

    /**
     * The task's owner has seen its directive's changes: the flags go, kept with who saw them and when.
     *
     * @throws TaskNotFoundException if the user may not see the task
     * @throws AccessDeniedException if the user is not the task's owner
     */
    @Transactional
    public void markSeen(long taskId) {
        Task task = tasks.findById(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        String me = currentUser.require().username();
        if (!Objects.equals(task.getOwnerUsername(), me)) {
            throw new AccessDeniedException("Only the task's owner marks its directive's changes seen");
        }
        changes.markSeen(taskId, clock.instant(), me);
    }
}
