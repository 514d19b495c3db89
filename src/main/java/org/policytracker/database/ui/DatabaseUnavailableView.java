package org.policytracker.database.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.policytracker.database.DatabaseUnavailable;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Shown instead of a page whose data could not be read because the database does not answer
 * (Vaadin also picks it when such a failure is the cause of the exception a view threw): says so,
 * and offers to try again, instead of a hanging page or a stack trace. A transaction that could not
 * begin is {@link TransactionUnavailableView}'s.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends VerticalLayout implements HasErrorParameter<DataAccessResourceFailureException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        return explain(this, event);
    }

    /** The page's content, also {@link TransactionUnavailableView}'s; the status to answer with. */
    static int explain(VerticalLayout page, BeforeEnterEvent event) {
        page.removeAll();
        page.add(new H1(DatabaseUnavailable.TITLE), new Paragraph(DatabaseUnavailableNotice.MESSAGE),
                new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again"));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
