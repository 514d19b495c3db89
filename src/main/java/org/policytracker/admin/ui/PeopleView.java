package org.policytracker.admin.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.policytracker.ui.GridRows;
import org.policytracker.ui.SaveShortcut;

/**
 * Administrators' page of people: everyone in the directory, inviting a person (who gets a one-time
 * initial password, shown here once) or inviting them again, changing a person's role or organisation,
 * deactivating and reactivating them.
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
        for (TextField required : new TextField[] {username, name, email}) {
            required.setRequired(true);
        }
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
                refreshShowing(invitation.person());
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
                new Span(". Give it to them in person or by phone; they set their own password when they next sign in.")));
    }

    private Grid<Person> grid() {
        everyone.setAriaLabel("People");
        // narrow columns whose text wraps: every column, the actions included, fits a 1366 px screen
        everyone.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        everyone.addColumn(Person::displayName).setHeader("Name").setWidth("7.5rem").setFlexGrow(1).setSortable(true);
        everyone.addColumn(Person::username).setHeader("Username").setWidth("7.5rem").setFlexGrow(1).setSortable(true);
        everyone.addColumn(person -> organisationName(person.tenantId())).setHeader("Organisation").setWidth("9rem")
                .setFlexGrow(2).setSortable(true);
        everyone.addColumn(person -> person.role() == null ? "—" : person.role().label()).setHeader("Role")
                .setWidth("7.5rem").setFlexGrow(0);
        everyone.addColumn(person -> person.active() ? "Active" : "Deactivated").setHeader("Status").setWidth("6.5rem")
                .setFlexGrow(0);
        everyone.addColumn(person -> switch (person.source()) {
            case DEMO_USER -> "Demo user";
            case LOCAL_ACCOUNT -> "Invited";
            case KEYCLOAK -> "Keycloak";
        }).setHeader("Account").setWidth("6rem").setFlexGrow(0).setTooltipGenerator(person -> switch (person.source()) {
            case DEMO_USER -> "A demo user of realm-config/: changed there, not here";
            case LOCAL_ACCOUNT -> "Invited here; signs in with a password kept by Policy Tracker";
            case KEYCLOAK -> "A user of the Keycloak realm";
        });
        // wide enough for a row's three buttons (an auto width follows the rows first shown, which may have
        // one), and kept in view at the grid's right edge should the other columns grow wider than the screen
        everyone.addComponentColumn(this::actions).setHeader("Actions").setWidth("20rem").setFlexGrow(0)
                .setFrozenToEnd(true);
        return everyone;
    }

    private Component actions(Person person) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (person.source() == AccountSource.DEMO_USER) {
            return actions;
        }
        if (!person.active()) {
            actions.add(action("Reactivate", "Reactivate " + person.displayName(), click -> reactivateDialog(person).open()));
            return actions;
        }
        Button deactivate = action("Deactivate", "Deactivate " + person.displayName(),
                click -> deactivateDialog(person).open());
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(action("Change", "Change role or organisation of " + person.displayName(),
                click -> changeDialog(person).open()),
                action("Invite again", "Invite " + person.displayName() + " again", click -> reinviteDialog(person).open()),
                deactivate);
        return actions;
    }

    private static Button action(String text, String accessibleName,
            ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(text, listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", accessibleName);
        return button;
    }

    private ConfirmDialog reinviteDialog(Person person) {
        return confirmation(person, "Invite " + person.displayName() + " again?", person.displayName()
                + " gets a new initial password, shown here once, and the password they have now stops working. "
                + "They set their own password when they next sign in.", "Invite again", "primary",
                () -> showInvitation(people.reinvite(person.username())));
    }

    private ConfirmDialog reactivateDialog(Person person) {
        return confirmation(person, "Reactivate " + person.displayName() + "?", person.displayName()
                + " may sign in again with the password they had, as " + (person.role() == null ? "before"
                : person.role().label()) + " of " + organisationName(person.tenantId()) + ".", "Reactivate", "primary",
                () -> {
                    people.reactivate(person.username());
                    invitationResult.removeAll();
                });
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
                refreshShowing(person);
            } catch (PersonRefusedException refused) {
                showNextToItsField(refused, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveShortcut.in(dialog, save);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        return dialog;
    }

    private ConfirmDialog deactivateDialog(Person person) {
        return confirmation(person, "Deactivate " + person.displayName() + "?", person.displayName()
                + " will no longer be able to sign in, and their open sessions end. Their tasks, reports and comments "
                + "stay attributed to them.", "Deactivate", "error primary", () -> people.deactivate(person.username()));
    }

    /** Asks before a change of a person; a refusal shows above the list. */
    private ConfirmDialog confirmation(Person person, String header, String text, String confirmText,
            String confirmTheme, Runnable change) {
        ConfirmDialog confirm = new ConfirmDialog(header, text, confirmText, click -> {
            try {
                change.run();
            } catch (PersonRefusedException refused) {
                invitationResult.removeAll();
                invitationResult.add(new Paragraph(refused.getMessage()));
            }
            refreshShowing(person);
        });
        confirm.setConfirmButtonTheme(confirmTheme);
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
        GridRows.show(everyone, people.everyone());
    }

    /** Refreshes the list and brings this person's row into view: the list may be longer than its height. */
    private void refreshShowing(Person person) {
        refresh();
        GridRows.scrollTo(everyone, listed -> listed.username().equals(person.username()));
    }
}
