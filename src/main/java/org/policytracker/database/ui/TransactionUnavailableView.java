package org.policytracker.database.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.transaction.CannotCreateTransactionException;

/** {@link DatabaseUnavailableView} for a page whose transaction could not begin (no connection in time). */
@AnonymousAllowed
public class TransactionUnavailableView extends VerticalLayout implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        return DatabaseUnavailableView.explain(this, event);
    }
}
