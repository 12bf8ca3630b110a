package kr.seoul.smartcity.directive.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.AttachmentInfo;
import kr.seoul.smartcity.directive.domain.Briefing;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.domain.ReportPage;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/** One report with all its pages and files; the mayor presents it from here as a briefing or issues a directive. */
@Route("reports/:id")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
public class ReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final DirectoryService directory;
    private final DirectiveButton directiveButton;
    private final Viewer viewer;
    private final Actor actor;
    private String pageTitle = "";

    ReportView(
            ReportService reports,
            DirectoryService directory,
            DirectiveButton directiveButton,
            CurrentUser currentUser) {
        this.reports = reports;
        this.directory = directory;
        this.directiveButton = directiveButton;
        this.viewer = currentUser.viewer();
        this.actor = Actors.current(currentUser).orElseThrow();
        addClassNames("page", "report-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        reports.report(viewer, id).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(Report report) {
        reports.opened(viewer, report);
        removeAll();
        pageTitle = report.title();
        Anchor back = new Anchor("reports", getTranslation("report.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        H1 title = new H1(report.title());
        title.setId("report-title-shown");
        Span meta = new Span(DirectiveTexts.department(directory, report.departmentCode(), getLocale()) + " · "
                + report.submittedName() + " · " + DirectiveTexts.time(report.submittedAt(), getLocale()));
        meta.addClassName("page-lead");
        Div tools = tools(report);
        add(back, title, meta, tools);
        if (report.indicatorCode() != null || report.projectCode() != null) {
            add(links(report));
        }
        Div pages = new Div();
        pages.setId("report-pages");
        pages.addClassName("report-pages");
        for (ReportPage page : report.pages()) {
            pages.add(new ReportPageCard(page));
        }
        add(pages);
        if (!report.attachments().isEmpty()) {
            add(Card.titled(getTranslation("report.files"), files(report)));
        }
    }

    /** Present it in a briefing, find it in the archive, and (for issuers) a directive about it. */
    private Div tools(Report report) {
        Button present = new Button(getTranslation("report.present"), VaadinIcon.PRESENTATION.create(), click -> {
            Briefing briefing = reports.startBriefing(actor, viewer, report.id());
            getUI().ifPresent(ui -> ui.navigate("briefing/" + briefing.id()));
        });
        present.setId("report-present");
        present.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor archive = new Anchor(
                "archive?q=" + URLEncoder.encode("title:\"" + report.title() + "\"", StandardCharsets.UTF_8),
                getTranslation("report.in-archive"));
        archive.setId("report-archive-link");
        Div tools = new Div(present, archive);
        tools.addClassName("directive-action-row");
        directiveButton
                .forContext(
                        DirectiveContext.of(ContextKind.REPORT, report.id(), report.title(), "reports/" + report.id()),
                        List.of(report.departmentCode()))
                .ifPresent(tools::add);
        return tools;
    }

    /** The indicator and the project it is about. */
    private Div links(Report report) {
        Div links = new Div();
        links.addClassName("directive-action-row");
        if (report.indicatorCode() != null) {
            links.add(new Span(getTranslation("report.field.indicator") + ": " + report.indicatorCode()));
        }
        if (report.projectCode() != null) {
            Anchor project = new Anchor(
                    "civic/projects/" + report.projectCode(),
                    getTranslation("report.field.project") + ": " + report.projectCode());
            project.getElement().setAttribute("router-link", true);
            links.add(project);
        }
        return links;
    }

    private Div files(Report report) {
        Div files = new Div();
        for (AttachmentInfo file : report.attachments()) {
            files.add(new Div(AttachmentLink.of(file, () -> reports.attachment(viewer, report.id(), file.id()))));
        }
        return files;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.title");
    }
}
