package kr.seoul.smartcity.directive.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.approval.domain.InvalidAttachmentException;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.DirectiveLimits;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.service.InvalidDirectiveException;
import kr.seoul.smartcity.directive.service.NewReport;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directive.service.ReportSubmitted;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * The reporting queue (보고): the mayor sees every department's reports, newest first and unread ones marked, as
 * they arrive; an official sees their department's and submits new ones with attached files.
 */
@Route("reports")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 11.2, title = "nav.reports", icon = "vaadin:presentation")
public class ReportsView extends Main implements HasDynamicTitle {

    private final ReportService reports;
    private final DirectoryService directory;
    private final Viewer viewer;
    private final Div list = new Div();

    ReportsView(ReportService reports, DirectoryService directory, CurrentUser currentUser, LiveEventBus events) {
        this.reports = reports;
        this.directory = directory;
        this.viewer = currentUser.viewer();
        Optional<Actor> actor = Actors.current(currentUser);
        addClassNames("page", "reports-view");
        list.setId("report-list");
        H1 title = new H1(getTranslation("nav.reports"));
        Paragraph lead = new Paragraph(
                getTranslation(viewer.role() == Role.MAYOR ? "report.lead.mayor" : "report.lead.department"));
        lead.addClassName("page-lead");
        add(title, lead);
        if (actor.isPresent()
                && actor.get().role() == Role.OFFICIAL
                && actor.get().departmentCode() != null) {
            add(Card.grid(Card.titled(getTranslation("report.queue"), list), form(actor.get())));
        } else {
            add(Card.titled(getTranslation("report.queue"), list));
        }
        refresh();
        LiveUpdates.follow(this, events, ReportSubmitted.TOPIC, submitted -> refresh());
    }

    private void refresh() {
        list.removeAll();
        List<Report> queue = reports.queue(viewer);
        if (queue.isEmpty()) {
            list.add(new Paragraph(getTranslation("report.none")));
        }
        for (Report report : queue) {
            Anchor title = new Anchor("reports/" + report.id(), report.title());
            title.getElement().setAttribute("router-link", true);
            title.addClassName("report-row-title");
            Span meta = new Span(DirectiveTexts.department(directory, report.departmentCode(), getLocale()) + " · "
                    + report.submittedName() + " · " + DirectiveTexts.time(report.submittedAt(), getLocale()));
            meta.addClassName("report-row-meta");
            Div row = new Div(title, meta);
            row.addClassName("report-row");
            row.getElement().setAttribute("data-report-id", String.valueOf(report.id()));
            row.getElement().getClassList().set("report-unread", report.readAt() == null);
            list.add(row);
        }
    }

    private com.vaadin.flow.component.Component form(Actor actor) {
        TextField title = new TextField(getTranslation("report.field.title"));
        title.setId("report-title");
        title.setMaxLength(DirectiveLimits.MAX_TITLE);
        title.setWidthFull();
        TextArea body = new TextArea(getTranslation("report.field.body"));
        body.setId("report-body");
        body.setHelperText(getTranslation("report.field.body.help"));
        body.setMaxLength(DirectiveLimits.MAX_REPORT_BODY);
        body.setWidthFull();
        body.setMinHeight("12em");
        TextField indicator = new TextField(getTranslation("report.field.indicator"));
        indicator.setId("report-indicator");
        TextField project = new TextField(getTranslation("report.field.project"));
        project.setId("report-project");
        Div links = new Div(indicator, project);
        links.addClassName("directive-action-row");
        PendingFiles files = new PendingFiles("report-upload");
        Button submit = new Button(getTranslation("report.submit"), click -> {
            try {
                Report report = reports.submit(
                        actor,
                        new NewReport(title.getValue(), body.getValue(), indicator.getValue(), project.getValue()),
                        files.files());
                title.clear();
                body.clear();
                indicator.clear();
                project.clear();
                files.clear();
                Notification.show(
                                getTranslation("report.submitted", report.title()), 4000, Notification.Position.TOP_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidDirectiveException invalid) {
                title.setInvalid(invalid.problems().contains("report.problem.title"));
                body.setInvalid(invalid.problems().contains("report.problem.body"));
                error(invalid.problems().stream()
                        .map(this::getTranslation)
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
            } catch (InvalidAttachmentException refused) {
                error(getTranslation(refused.messageKey()));
            }
        });
        submit.setId("report-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Card.titled(getTranslation("report.new"), title, body, links, files, submit);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports") + " · " + getTranslation("app.title");
    }
}
