package kr.seoul.smartcity.civic.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.chart.ApexChart;
import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.call.domain.ContextType;
import kr.seoul.smartcity.call.ui.CallButtons;
import kr.seoul.smartcity.civic.domain.CityProject;
import kr.seoul.smartcity.civic.domain.NewsItem;
import kr.seoul.smartcity.civic.service.ProjectDetail;
import kr.seoul.smartcity.civic.service.ProjectService;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.ui.DirectiveButton;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * One key city project: outline, budget, place, department and contact, its milestone timeline with delays in red,
 * its progress over time, related news and its documents in the archive.
 */
@Route("civic/projects/:code")
@AnonymousAllowed
public class ProjectView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ProjectService projects;
    private final DirectoryService directory;
    private final CallButtons calls;
    private final DirectiveButton directiveButton;
    private final Viewer viewer;
    private String pageTitle = "";

    ProjectView(
            ProjectService projects,
            DirectoryService directory,
            CallButtons calls,
            CurrentUser currentUser,
            DirectiveButton directiveButton) {
        this.directiveButton = directiveButton;
        this.projects = projects;
        this.directory = directory;
        this.calls = calls;
        this.viewer = currentUser.viewer();
        addClassNames("page", "project-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        projects.project(viewer, code).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(ProjectDetail detail) {
        removeAll();
        CityProject project = detail.project();
        pageTitle = project.name(getLocale());
        Anchor back = new Anchor("civic/projects", getTranslation("project.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        H1 title = new H1(project.name(getLocale()));
        title.setId("project-title");
        Paragraph outline = new Paragraph(project.outline(getLocale()));

        Div facts = facts(project);

        add(back, title);
        directiveButton
                .forContext(
                        DirectiveContext.of(
                                ContextKind.PROJECT,
                                project.code(),
                                project.name(getLocale()),
                                "civic/projects/" + project.code()),
                        List.of(project.departmentCode()))
                .ifPresent(this::add);
        add(
                outline,
                Card.titled(getTranslation("project.facts"), facts),
                Card.titled(
                        getTranslation("project.timeline"),
                        new ProjectTimeline(detail, getLocale(), this::getTranslation)),
                Card.titled(getTranslation("project.progress.history"), progressChart(detail)),
                Card.titled(getTranslation("project.news"), news(detail)));
    }

    /** Sector, budget, department, district, whom to call about it and its documents in the archive. */
    private Div facts(CityProject project) {
        Div facts = new Div();
        facts.addClassName("archive-meta");
        facts.setId("project-facts");
        fact(facts, "project.sector", getTranslation(project.sector().labelKey()));
        fact(
                facts,
                "project.budget",
                getTranslation(
                        "project.budget.short", Achievement.number(project.budgetMillion() / 100.0, getLocale())));
        fact(
                facts,
                "project.department",
                directory
                        .findDepartment(project.departmentCode())
                        .map(d -> d.name(getLocale()))
                        .orElse(project.departmentCode()));
        if (project.districtCode() != null) {
            fact(
                    facts,
                    "project.district",
                    SeoulDistrict.byCode(project.districtCode())
                            .map(d -> d.name(getLocale()))
                            .orElse(project.districtCode()));
        }
        Span contactLabel = new Span(getTranslation("project.contact"));
        contactLabel.addClassName("archive-meta-label");
        Anchor phone =
                new Anchor("tel:" + project.contactPhone(), project.contactName() + " · " + project.contactPhone());
        phone.setId("project-contact");
        Div contact = new Div(phone);
        // staff call the department in charge from here; citizens get the phone number only
        calls.forDepartment(
                        project.departmentCode(),
                        CallContext.of(ContextType.PROJECT, project.code(), project.name(getLocale())))
                .ifPresent(contact::add);
        facts.add(contactLabel, contact);
        if (project.archiveTag() != null) {
            Span label = new Span(getTranslation("project.documents"));
            label.addClassName("archive-meta-label");
            Anchor documents = new Anchor(
                    "archive?q=" + URLEncoder.encode("tag:\"" + project.archiveTag() + "\"", StandardCharsets.UTF_8),
                    getTranslation("project.documents.open"));
            documents.setId("project-documents");
            facts.add(label, new Div(documents));
        }
        return facts;
    }

    private ApexChart progressChart(ProjectDetail detail) {
        ApexChart chart = ApexChart.line();
        chart.setId("project-progress");
        chart.setUnit("%");
        chart.setFractionDigits(1);
        chart.setSeries(
                getTranslation("project.progress.label"),
                detail.progress().stream()
                        .map(entry -> new ApexChart.Point(
                                entry.recordedOn().atStartOfDay(Seoul.ZONE).toInstant(), entry.percent()))
                        .toList());
        chart.setNoDataText(getTranslation("project.progress.none"));
        chart.setAriaLabel(getTranslation("project.progress.history"));
        return chart;
    }

    private Div news(ProjectDetail detail) {
        Div list = new Div();
        list.setId("project-news");
        if (detail.news().isEmpty()) {
            list.add(new Paragraph(getTranslation("project.news.none")));
        }
        for (NewsItem item : detail.news()) {
            Anchor link = new Anchor(item.url(), item.title());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            Span meta = new Span(item.outlet() + " · " + DAY.format(item.publishedOn()));
            meta.addClassName("archive-hit-meta");
            Div row = new Div(link, meta);
            row.addClassName("project-news-row");
            list.add(row);
        }
        return list;
    }

    private void fact(Div facts, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("archive-meta-label");
        facts.add(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.title");
    }
}
