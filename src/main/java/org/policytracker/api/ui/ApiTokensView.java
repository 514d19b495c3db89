package org.policytracker.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.policytracker.security.ApiTokenScope;
import org.policytracker.security.PersonRefusedException;
import org.policytracker.security.PersonalApiToken;
import org.policytracker.security.PersonalApiTokens;
import org.policytracker.ui.Timestamps;

/**
 * The signed-in person's API tokens (embedded default): make one with a name and a scope (its secret is
 * shown once), see them all, revoke one (refused from the next call on).
 */
@Route("api-tokens")
@Menu(title = "API tokens", order = 11, icon = "vaadin:key")
@PageTitle("API tokens | Policy Tracker")
@PermitAll
class ApiTokensView extends VerticalLayout {

    private final PersonalApiTokens tokens;
    private final TextField name = new TextField("Name");
    private final RadioButtonGroup<ApiTokenScope> scope = new RadioButtonGroup<>("What it may do");
    private final TextField secret = new TextField("Your new token");
    private final Grid<PersonalApiToken> grid = new Grid<>();

    ApiTokensView(PersonalApiTokens tokens) {
        this.tokens = tokens;
        setMaxWidth("60rem");
        name.setHelperText("After the script or system that uses it, e.g. \"Quarterly upload\"");
        name.setMaxLength(80);
        name.setRequired(true);
        // the service checks the name and says what is wrong next to it; the field's own check would mark the
        // field invalid again when it is emptied after a token is made
        name.setManualValidation(true);
        scope.setItems(ApiTokenScope.values());
        scope.setItemLabelGenerator(ApiTokenScope::label);
        scope.setValue(ApiTokenScope.READ);
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText("Copy it now: it is shown only once. Send it as \"Authorization: Bearer <token>\".");
        secret.setVisible(false);
        Button create = new Button("Create token", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scope, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(PersonalApiToken::getName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(token -> token.getScope().label()).setHeader("Scope").setAutoWidth(true);
        grid.addColumn(token -> Timestamps.format(token.getCreatedAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(token -> token.isRevoked() ? "Revoked " + Timestamps.format(token.getRevokedAt()) : "Active")
                .setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(token -> {
            Button revoke = new Button("Revoke", click -> {
                tokens.revoke(token.getId());
                secret.setVisible(false);
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.getElement().setAttribute("aria-label", "Revoke " + token.getName());
            revoke.setVisible(!token.isRevoked());
            return revoke;
        }).setHeader("Action").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H1("API tokens"), new Paragraph("Your own credentials for the REST API (/api/v1, described at "
                + "/api/docs), for scripts and systems that act as you: with your role and organisation, limited to "
                + "reading, or to reading and submitting reports. Anyone who has a token can use it: keep it secret, "
                + "and revoke it when it is no longer needed or may have got out."),
                new H2("New token"), form, secret, new H2("Your tokens"), grid);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        try {
            secret.setValue(tokens.create(name.getValue(), scope.getValue()));
            secret.setVisible(true);
            name.clear();
            refresh();
        } catch (PersonRefusedException refused) {
            name.setErrorMessage(refused.getMessage());
            name.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
