package org.policytracker.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policytracker.admin.PeopleChanges;
import org.policytracker.security.Invitation;
import org.policytracker.security.Invitee;
import org.policytracker.security.Person;
import org.policytracker.security.Person.AccountSource;
import org.policytracker.security.PersonRefusedException;
import org.policytracker.security.Role;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;

/**
 * Administrators' page of people: everyone in the directory, inviting a person (who gets a one-time
 * initial password, shown here once), changing a person's role or organisation, deactivating them.
 */
@Route("admin/people")
@PageTitle("People | Policy Tracker")
@RolesAllowed("ADMIN")
public class PeopleView extends VerticalLayout {

    private final PeopleChanges people;
    private final Map<String, Tenant> organisations;
    private final Grid<Person> everyone = new Grid<>();
    private final Div invitationResult = new Div();

    PeopleView(PeopleChanges people, TenantService tenants) {
        this.people = people;
        this.organisations = tenants.all().stream().collect(Collectors.toMap(Tenant::getId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        add(new H1("People"),
                new Paragraph("Everyone who may sign in, by organisation. An invited person gets a one-time initial "
                        + "password, shown here once: hand it to them; they must set their own password when they "
                        + "first sign in. A change of role or organisation ends their open sessions; they sign in "
                        + "again to work with it. A deactivated person can no longer sign in; what they did stays "
                        + "attributed to them."));
        add(new H2("Invite a person"), inviteForm(), invitationResult);
        invitationResult.getElement().setAttribute("role", "status");
        add(new H2("Everyone"), grid());
        refresh();
    }

    private Component inviteForm() {
        TextField username = new TextField("Username");
        username.setHelperText("Lower case, e.g. pm.newagency");
        TextField name = new TextField("Name");
        TextField email = new TextField("E-mail");
        ComboBox<String> organisation = organisationField();
        ComboBox<Role> role = roleField();
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", name, "email", email,
                "tenantId", organisation, "role", role);
        Button invite = new Button("Invite", click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                Invitation invitation = people.invite(new Invitee(username.getValue().strip(), name.getValue().strip(),
                        email.getValue().strip(), organisation.getValue(), role.getValue()));
                showInvitation(invitation);
                username.clear();
                name.clear();
                email.clear();
                refresh();
            } catch (PersonRefusedException refused) {
                showNextToItsField(refused, fields);
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, name, email, organisation, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        VerticalLayout section = new VerticalLayout(form, invite);
        section.setPadding(false);
        section.setMaxWidth("56rem");
        return section;
    }

    private void showInvitation(Invitation invitation) {
        Person person = invitation.person();
        invitationResult.removeAll();
        Span password = new Span(invitation.initialPassword());
        password.addClassName("initial-password");
        password.getStyle().set("font-family", "monospace").set("font-weight", "bold");
        invitationResult.add(new Paragraph(new Span(person.displayName() + " (" + person.username()
                + ") is invited. Their initial password, shown only now: "), password,
                new Span(". Give it to them in person or by phone; they set their own password when they first sign in.")));
    }

    private Grid<Person> grid() {
        everyone.setAriaLabel("People");
        everyone.addColumn(Person::displayName).setHeader("Name").setAutoWidth(true).setSortable(true);
        everyone.addColumn(Person::username).setHeader("Username").setAutoWidth(true).setSortable(true);
        everyone.addColumn(person -> organisationName(person.tenantId())).setHeader("Organisation").setWidth("14em")
                .setFlexGrow(1).setSortable(true).setTooltipGenerator(person -> organisationName(person.tenantId()));
        everyone.addColumn(person -> person.role() == null ? "—" : person.role().label()).setHeader("Role")
                .setAutoWidth(true);
        everyone.addColumn(person -> person.active() ? "Active" : "Deactivated").setHeader("Status").setAutoWidth(true);
        everyone.addColumn(person -> switch (person.source()) {
            case DEMO_USER -> "Demo user (realm-config/)";
            case LOCAL_ACCOUNT -> "Invited (local sign-in)";
            case KEYCLOAK -> "Keycloak";
        }).setHeader("Account").setAutoWidth(true);
        everyone.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        everyone.setAllRowsVisible(true);
        return everyone;
    }

    private Component actions(Person person) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!person.active() || person.source() == AccountSource.DEMO_USER) {
            return actions;
        }
        Button change = new Button("Change", click -> changeDialog(person).open());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.getElement().setAttribute("aria-label", "Change role or organisation of " + person.displayName());
        Button deactivate = new Button("Deactivate", click -> deactivateDialog(person).open());
        deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        deactivate.getElement().setAttribute("aria-label", "Deactivate " + person.displayName());
        actions.add(change, deactivate);
        return actions;
    }

    private Dialog changeDialog(Person person) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Role and organisation of " + person.displayName());
        ComboBox<String> organisation = organisationField();
        organisation.setValue(person.tenantId());
        ComboBox<Role> role = roleField();
        role.setValue(person.role());
        dialog.add(new Paragraph("Their open sessions end at once; they sign in again to work with the new ones."),
                new FormLayout(organisation, role));
        Map<String, HasValidation> fields = Map.of("tenantId", organisation, "role", role, "username", organisation);
        Button save = new Button("Save", click -> {
            try {
                people.change(person.username(), role.getValue(), organisation.getValue());
                dialog.close();
                refresh();
            } catch (PersonRefusedException refused) {
                showNextToItsField(refused, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        return dialog;
    }

    private ConfirmDialog deactivateDialog(Person person) {
        ConfirmDialog confirm = new ConfirmDialog("Deactivate " + person.displayName() + "?",
                person.displayName() + " will no longer be able to sign in, and their open sessions end. "
                        + "Their tasks, reports and comments stay attributed to them.",
                "Deactivate", click -> {
                    try {
                        people.deactivate(person.username());
                    } catch (PersonRefusedException refused) {
                        invitationResult.removeAll();
                        invitationResult.add(new Paragraph(refused.getMessage()));
                    }
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        return confirm;
    }

    private static void showNextToItsField(PersonRefusedException refused, Map<String, HasValidation> fields) {
        HasValidation field = fields.get(refused.field());
        field.setErrorMessage(refused.getMessage());
        field.setInvalid(true);
    }

    private ComboBox<String> organisationField() {
        ComboBox<String> organisation = new ComboBox<>("Organisation");
        organisation.setItems(organisations.keySet());
        organisation.setItemLabelGenerator(this::organisationName);
        organisation.setRequired(true);
        return organisation;
    }

    /** A combo box rather than a select: Vaadin's select fails axe-core's aria-allowed-attr rule. */
    private static ComboBox<Role> roleField() {
        ComboBox<Role> role = new ComboBox<>("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setRequired(true);
        return role;
    }

    private String organisationName(String tenantId) {
        Tenant tenant = organisations.get(tenantId);
        return tenant == null ? tenantId : tenant.getName() + " (" + tenant.getId() + ")";
    }

    private void refresh() {
        everyone.setItems(people.everyone());
    }
}
