package kr.seoul.smartcity.dataissue.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.dataissue.domain.DataIssue;
import kr.seoul.smartcity.dataissue.service.DataIssueChanged;
import kr.seoul.smartcity.dataissue.service.DataIssueService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * The receipt of a report of wrong data: what was reported and the department's answer, or that the answer is
 * awaited. The answer appears here the moment the department sends it, without reloading. Below, the other reports
 * sent from this browser session.
 */
@Route("data-issues/receipt/:token")
@AnonymousAllowed
public class DataIssueReceiptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DataIssueService issues;
    private final Viewer viewer;
    private final Div content = new Div();
    private String token = "";
    private long issueId = -1;

    DataIssueReceiptView(DataIssueService issues, CurrentUser currentUser, LiveEventBus events) {
        this.issues = issues;
        this.viewer = currentUser.viewer();
        addClassNames("page", "data-issue-receipt-view");
        content.setId("data-issue-receipt");
        add(content);
        LiveUpdates.follow(this, events, DataIssueChanged.TOPIC, changed -> {
            if (changed.issueId() == issueId) {
                issues.byReceipt(viewer, token).ifPresent(this::show);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        Optional<DataIssue> issue = issues.byReceipt(viewer, token);
        issue.ifPresentOrElse(this::show, () -> {
            issueId = -1;
            event.rerouteToError(NotFoundException.class);
        });
    }

    private void show(DataIssue issue) {
        issueId = issue.id();
        content.removeAll();
        String indicatorName = IssueTexts.indicatorName(this, issues, viewer, issue.indicatorCode());
        H1 title = new H1(getTranslation("data-issue.receipt.title"));
        Paragraph lead = new Paragraph(getTranslation(
                "data-issue.receipt.lead",
                IssueTexts.department(this, issues, issue.departmentCode()),
                IssueTexts.time(issue.createdAt())));
        lead.addClassName("page-lead");

        var facts = IssueTexts.facts(this, indicatorName, issue);
        Paragraph message = new Paragraph(issue.message());
        message.setId("data-issue-message");
        message.addClassName("proposal-text");
        var reported = Card.titled(
                getTranslation("data-issue.receipt.reported"),
                facts,
                new Span(getTranslation("data-issue.message.written")),
                message);
        reported.setId("data-issue-reported");

        Div status = new Div();
        status.setId("data-issue-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        if (issue.answered()) {
            Paragraph answer = new Paragraph(issue.answer());
            answer.setId("data-issue-answer");
            answer.addClassName("proposal-text");
            Span when = new Span(getTranslation("data-issue.answered-at", IssueTexts.time(issue.answeredAt())));
            when.addClassName("project-about");
            status.add(answer, when);
        } else {
            Paragraph waiting = new Paragraph(getTranslation("data-issue.receipt.waiting"));
            waiting.setId("data-issue-waiting");
            status.add(waiting);
        }
        var answerCard = Card.titled(getTranslation("data-issue.answer.title"), status);
        answerCard.setId("data-issue-answer-card");
        if (issue.answered()) {
            answerCard.addClassName("proposal-answer-box");
        }
        content.add(title, lead, reported, answerCard);
        mine(issue).ifPresent(content::add);
    }

    /** The other reports sent from this browser session. */
    private Optional<com.vaadin.flow.component.Component> mine(DataIssue current) {
        List<DataIssue> others = SessionReceipts.all().stream()
                .filter(receipt -> !receipt.equals(current.receipt()))
                .flatMap(receipt -> issues.byReceipt(viewer, receipt).stream())
                .toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        list.setId("data-issue-mine");
        others.forEach(issue -> {
            Anchor link = new Anchor(
                    ReportProblemButton.RECEIPT_PATH + issue.receipt(),
                    IssueTexts.indicatorName(this, issues, viewer, issue.indicatorCode()) + " · "
                            + IssueTexts.district(this, issue.districtCode()) + " · "
                            + IssueTexts.time(issue.createdAt()));
            link.getElement().setAttribute("router-link", true);
            Span state = new Span(
                    getTranslation(issue.answered() ? "data-issue.state.answered" : "data-issue.state.waiting"));
            state.addClassName("project-about");
            list.add(new ListItem(link, new Span(" "), state));
        });
        return Optional.of(Card.titled(getTranslation("data-issue.mine"), list));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data-issue.receipt.title") + " · " + getTranslation("app.title");
    }
}
