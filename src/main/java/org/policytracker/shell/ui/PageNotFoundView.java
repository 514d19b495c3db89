package org.policytracker.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an address with no page, and for a page the person's role may not open (Vaadin sends
 * denied navigation here too, so the answer does not tell whether the page exists). It sits in the
 * frame, so the navigation stays at hand.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found | Policy Tracker")
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1("Page not found"),
                new Paragraph("There is no page at /" + event.getLocation().getPath()
                        + " that you can open. The address may be mistyped, or the page may be for another role."),
                new RouterLink("Go to your start page", HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
