package kr.seoul.smartcity.civic.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.ProposalStore;
import kr.seoul.smartcity.civic.service.InvalidProposalException;
import kr.seoul.smartcity.civic.service.NewProposal;
import kr.seoul.smartcity.civic.service.ProposalService;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.RateLimit;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.security.ui.UiRateLimits;

/**
 * Citizens' proposals (시민제안): the list by supports or newest, and a form to propose. The thresholds that call for
 * an answer from the department and from the mayor are stated on the page.
 */
@Route("civic/proposals")
@AnonymousAllowed
@Menu(order = 7, title = "nav.proposals", icon = "vaadin:lightbulb")
public class ProposalsView extends Main implements HasDynamicTitle {

    private final ProposalService proposals;
    private final UiRateLimits rateLimits;
    private final DirectoryService directory;
    private final Viewer viewer;
    private final Optional<CityUser> user;
    private final Select<ProposalStore.Order> order = new Select<>();
    private final Div list = new Div();
    /** The form's first field, where the keyboard goes when the form opens. */
    private final TextField titleField = new TextField();

    ProposalsView(
            ProposalService proposals, DirectoryService directory, CurrentUser currentUser, UiRateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.proposals = proposals;
        this.directory = directory;
        this.viewer = currentUser.viewer();
        this.user = currentUser.get();
        addClassNames("page", "proposals-view");

        order.setLabel(getTranslation("civic.proposal.order"));
        order.setItems(ProposalStore.Order.values());
        order.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        order.setValue(ProposalStore.Order.SUPPORTS);
        order.setId("proposal-order");
        order.addValueChangeListener(change -> show());
        list.setId("proposal-list");
        list.addClassName("project-list");

        // the list comes first; the form opens on request, so that phones and kiosks show proposals at once
        com.vaadin.flow.component.html.Section form = form();
        form.setVisible(false);
        Button write = new Button(
                getTranslation("civic.proposal.new"), com.vaadin.flow.component.icon.VaadinIcon.PENCIL.create());
        write.setId("proposal-new");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.addClickListener(click -> {
            form.setVisible(!form.isVisible());
            write.setText(getTranslation(form.isVisible() ? "civic.proposal.close" : "civic.proposal.new"));
            if (form.isVisible()) {
                // the keyboard goes on in the form it opened, not in the order menu next to the button
                titleField.focus();
            }
        });
        Div controls = new Div(write, order);
        controls.addClassName("proposal-controls");
        add(
                new H1(getTranslation("nav.proposals")),
                new Paragraph(getTranslation(
                        "civic.proposal.intro",
                        proposals.thresholds().department(),
                        proposals.thresholds().mayor())),
                controls,
                form,
                list);
        show();
    }

    private void show() {
        list.removeAll();
        List<Proposal> shown = proposals.proposals(viewer, order.getValue(), 200);
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("civic.proposal.none")));
        }
        shown.forEach(p -> list.add(
                new ProposalCard(p, departmentName(p.departmentCode()), proposals.thresholds(), this::getTranslation)));
    }

    private com.vaadin.flow.component.html.Section form() {
        TextField title = titleField;
        title.setLabel(getTranslation("civic.proposal.title"));
        title.setId("proposal-title-field");
        title.setMaxLength(NewProposal.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setHelperText(getTranslation("civic.proposal.title.help", NewProposal.MIN_TITLE, NewProposal.MAX_TITLE));
        TextArea body = new TextArea(getTranslation("civic.proposal.body"));
        body.setId("proposal-body-field");
        body.setMaxLength(NewProposal.MAX_BODY);
        body.setRequiredIndicatorVisible(true);
        body.setHelperText(getTranslation("civic.proposal.body.help", NewProposal.MIN_BODY));
        body.setMinHeight("8em");
        ComboBox<Department> department = new ComboBox<>(getTranslation("civic.proposal.department"));
        department.setId("proposal-department-field");
        department.setItems(directory.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("civic.proposal.name"));
        name.setId("proposal-name-field");
        name.setMaxLength(NewProposal.MAX_NAME);
        name.setHelperText(getTranslation("civic.proposal.name.help"));
        Button submit = new Button(getTranslation("civic.proposal.submit"), click -> {
            title.setInvalid(false);
            body.setInvalid(false);
            department.setInvalid(false);
            if (!rateLimits.allow(this, RateLimit.PROPOSAL_SUBMIT)) {
                return;
            }
            try {
                Proposal created = proposals.submit(
                        new NewProposal(
                                title.getValue(),
                                body.getValue(),
                                department.getValue() == null
                                        ? null
                                        : department.getValue().code(),
                                name.getValue()),
                        SupporterToken.current(user));
                Notification.show(getTranslation("civic.proposal.submitted"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("civic/proposals/" + created.id()));
            } catch (InvalidProposalException e) {
                // what was typed stays; each field says what is wrong with it
                for (String problem : e.problems()) {
                    switch (problem) {
                        case "civic.proposal.problem.title" -> invalid(title, problem);
                        case "civic.proposal.problem.body" -> invalid(body, problem);
                        case "civic.proposal.problem.department" -> {
                            department.setErrorMessage(getTranslation(problem));
                            department.setInvalid(true);
                        }
                        case "civic.proposal.problem.name" -> invalid(name, problem);
                        default ->
                            Notification.show(getTranslation(problem), 5000, Notification.Position.MIDDLE)
                                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }
                // the keyboard lands on the first field to correct, in the order the form shows them
                java.util.stream.Stream.<com.vaadin.flow.component.Focusable<?>>of(title, department, body, name)
                        .filter(field -> ((com.vaadin.flow.component.HasValidation) field).isInvalid())
                        .findFirst()
                        .ifPresent(field -> field.focus());
            }
        });
        submit.setId("proposal-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(title, department, body, name);
        layout.setColspan(body, 2);
        return Card.titled(getTranslation("civic.proposal.new"), layout, submit);
    }

    private void invalid(com.vaadin.flow.component.textfield.TextField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void invalid(TextArea field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private String departmentName(String code) {
        return directory.findDepartment(code).map(d -> d.name(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.proposals") + " · " + getTranslation("app.title");
    }
}
