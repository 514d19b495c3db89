package org.policytracker.order;

import java.util.List;
import org.policytracker.collab.CommentService;
import org.policytracker.collab.ItemRef;
import org.springframework.stereotype.Component;

/** The discussion on a directive's page: a directive with comments is kept (retired), so the discussion is too. */
@Component
class DirectiveComments implements DirectiveUsage {

    private final CommentService comments;

    DirectiveComments(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public List<String> workOn(long directiveId) {
        return DirectiveUsage.counted(comments.comments(ItemRef.directive(directiveId)).size(), "comment", "comments");
    }
}
