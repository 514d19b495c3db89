package org.policytracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.policytracker.task.TaskNotFoundException;
import org.policytracker.task.TaskUpdateRequests;
import org.policytracker.task.UpdateRequestRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Asking a task's owner for an update over the API, as the task page's dialog does: program managers of
 * the task's agency and oversight viewers. Another agency's task is "not found", as on the page.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Task update requests")
class UpdateRequestApiController {

    private final TaskUpdateRequests requests;

    UpdateRequestApiController(TaskUpdateRequests requests) {
        this.requests = requests;
    }

    /** The optional message to the owner. */
    record UpdateRequestInput(String message) {
    }

    record UpdateRequestCreated(long id, long taskId) {
    }

    @PostMapping(path = "/tasks/{id}/update-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask the task's owner for an update (optional message, at most 1000 characters)",
            description = "Program managers of the task's agency and oversight viewers. The owner is notified; "
                    + "the request stays open on the task until a progress update answers it. 404 for a task "
                    + "the caller cannot see; 400 for a refused request (no owner, own task, already asked, "
                    + "message too long).")
    ResponseEntity<UpdateRequestCreated> ask(@PathVariable long id, @RequestBody UpdateRequestInput input) {
        long requestId = requests.ask(id, input.message());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/update-requests/" + requestId))
                .body(new UpdateRequestCreated(requestId, id));
    }

    @ExceptionHandler(TaskNotFoundException.class)
    ProblemDetail notFound(TaskNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No task that you may see has this id.");
        problem.setTitle("Task not found");
        return problem;
    }

    @ExceptionHandler(UpdateRequestRefusedException.class)
    ProblemDetail refused(UpdateRequestRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setTitle("Update request refused");
        problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message",
                refused.getMessage())));
        return problem;
    }
}
