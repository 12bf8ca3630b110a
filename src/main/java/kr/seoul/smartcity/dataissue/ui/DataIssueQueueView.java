package kr.seoul.smartcity.dataissue.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.dataissue.domain.DataIssue;
import kr.seoul.smartcity.dataissue.service.DataIssueActor;
import kr.seoul.smartcity.dataissue.service.DataIssueChanged;
import kr.seoul.smartcity.dataissue.service.DataIssueRefusedException;
import kr.seoul.smartcity.dataissue.service.DataIssueService;
import kr.seoul.smartcity.dataissue.service.InvalidDataIssueException;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * The reports of wrong data a department answers: open ones first, newest on top, each with what the reporter saw
 * and wrote and a box for the answer; then the ones answered lately. Officials see their department's, the mayor
 * and administrators every department's (the mayor without answering). A new report appears at once, without
 * reloading, and an answer being typed stays as it is when others arrive.
 */
@Route("data-issues")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 21, title = "nav.data-issues", icon = "vaadin:flag-o")
public class DataIssueQueueView extends Main implements HasDynamicTitle {

    private final DataIssueService issues;
    private final DataIssueActor actor;
    private final Div open = new Div();
    private final Div answered = new Div();
    private final Paragraph openEmpty = new Paragraph();
    private final Paragraph answeredEmpty = new Paragraph();
    private final Map<Long, Component> openCards = new HashMap<>();
    private final Map<Long, Component> answeredCards = new HashMap<>();

    DataIssueQueueView(DataIssueService issues, CurrentUser currentUser, LiveEventBus events) {
        this.issues = issues;
        this.actor = DataIssueActor.current(currentUser);
        addClassNames("page", "data-issue-queue-view");
        String lead = switch (actor.role()) {
            case OFFICIAL ->
                getTranslation(
                        "data-issue.queue.lead.official",
                        actor.departmentCode() == null
                                ? ""
                                : IssueTexts.department(this, issues, actor.departmentCode()));
            case MAYOR -> getTranslation("data-issue.queue.lead.mayor");
            case ADMIN -> getTranslation("data-issue.queue.lead.admin");
            case null -> "";
        };
        Paragraph leadText = new Paragraph(lead);
        leadText.addClassName("page-lead");
        open.setId("data-issue-open");
        open.addClassName("project-list");
        answered.setId("data-issue-answered");
        answered.addClassName("project-list");
        openEmpty.setText(getTranslation("data-issue.queue.none-open"));
        openEmpty.setId("data-issue-open-empty");
        answeredEmpty.setText(getTranslation("data-issue.queue.none-answered"));
        answeredEmpty.setId("data-issue-answered-empty");
        add(
                new H1(getTranslation("nav.data-issues")),
                leadText,
                new H2(getTranslation("data-issue.queue.open")),
                openEmpty,
                open,
                new H2(getTranslation("data-issue.queue.answered")),
                answeredEmpty,
                answered);
        show();
        LiveUpdates.follow(this, events, DataIssueChanged.TOPIC, changed -> {
            if (issues.concerns(actor, changed.departmentCode())) {
                show();
            }
        });
    }

    /**
     * Brings both lists up to date, touching only what changed: cards already shown stay where they are (with what
     * is typed into them and the focus), new ones are put in their place, answered ones move down.
     */
    private void show() {
        List<DataIssue> queue = issues.queue(actor);
        sync(open, openCards, queue.stream().filter(issue -> !issue.answered()).toList());
        sync(answered, answeredCards, queue.stream().filter(DataIssue::answered).toList());
        openEmpty.setVisible(openCards.isEmpty());
        answeredEmpty.setVisible(answeredCards.isEmpty());
    }

    private void sync(Div list, Map<Long, Component> cards, List<DataIssue> wanted) {
        List<Long> ids = wanted.stream().map(DataIssue::id).toList();
        cards.keySet().removeIf(id -> {
            if (!ids.contains(id)) {
                list.remove(cards.get(id));
                return true;
            }
            return false;
        });
        for (int index = 0; index < wanted.size(); index++) {
            DataIssue issue = wanted.get(index);
            Component card = cards.computeIfAbsent(issue.id(), id -> card(issue));
            if (list.getComponentCount() <= index || list.getComponentAt(index) != card) {
                list.addComponentAtIndex(index, card);
            }
        }
    }

    private Section card(DataIssue issue) {
        String indicatorName = IssueTexts.indicatorName(this, issues, actor.viewer(), issue.indicatorCode());
        H3 title = new H3(indicatorName);
        title.addClassName("data-issue-title");
        String about = getTranslation("data-issue.queue.reported-at", IssueTexts.time(issue.createdAt()));
        if (actor.role() != Role.OFFICIAL) {
            about = IssueTexts.department(this, issues, issue.departmentCode()) + " · " + about;
        }
        Span meta = new Span(about);
        meta.addClassName("project-about");
        Paragraph message = new Paragraph(issue.message());
        message.addClassNames("proposal-text", "data-issue-message");
        Section card = new Section(
                title,
                meta,
                IssueTexts.facts(this, indicatorName, issue),
                new Span(getTranslation("data-issue.message.written")),
                message);
        card.addClassNames("card", "data-issue-card");
        card.setId("data-issue-" + issue.id());
        card.getElement().setAttribute("data-issue", String.valueOf(issue.id()));
        card.getElement().setAttribute("data-answered", String.valueOf(issue.answered()));
        if (issue.answered()) {
            Paragraph answer = new Paragraph(issue.answer());
            answer.addClassNames("proposal-text", "data-issue-answer");
            Span when = new Span(getTranslation(
                    "data-issue.answered-by",
                    issue.answeredBy() == null ? "" : issue.answeredBy(),
                    IssueTexts.time(issue.answeredAt())));
            when.addClassName("project-about");
            Div box = new Div(new Span(getTranslation("data-issue.answer.title")), answer, when);
            box.addClassName("proposal-answer-box");
            card.add(box);
        } else if (issues.mayAnswer(actor, issue)) {
            card.add(answerForm(issue));
        }
        return card;
    }

    private Div answerForm(DataIssue issue) {
        TextArea answer = new TextArea(getTranslation("data-issue.answer"));
        answer.setId("data-issue-answer-" + issue.id());
        answer.setHelperText(
                getTranslation("data-issue.answer.help", DataIssueService.MIN_ANSWER, DataIssueService.MAX_ANSWER));
        answer.setMaxLength(DataIssueService.MAX_ANSWER);
        answer.setRequiredIndicatorVisible(true);
        answer.setManualValidation(true);
        answer.setWidthFull();
        answer.setMinHeight("6em");
        answer.addValueChangeListener(change -> answer.setInvalid(false));
        Button send = new Button(getTranslation("data-issue.answer.send"));
        send.setId("data-issue-send-" + issue.id());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                issues.answer(actor, issue.id(), answer.getValue());
                Notification.show(getTranslation("data-issue.answer.sent"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidDataIssueException invalid) {
                answer.setErrorMessage(invalid.problems().stream()
                        .findFirst()
                        .map(problem -> IssueTexts.problem(this, problem))
                        .orElse(invalid.getMessage()));
                answer.setInvalid(true);
                answer.focus();
            } catch (DataIssueRefusedException refused) {
                Notification.show(IssueTexts.refusal(this, refused), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                show();
            }
        });
        Div form = new Div(answer, send);
        form.addClassName("data-issue-answer-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.data-issues") + " · " + getTranslation("app.title");
    }
}
