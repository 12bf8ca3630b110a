package kr.seoul.smartcity.directive.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Annotation;
import kr.seoul.smartcity.directive.domain.Briefing;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.domain.DirectiveLimits;
import kr.seoul.smartcity.directive.domain.DirectiveRefusedException;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.domain.ReportPage;
import kr.seoul.smartcity.directive.service.BriefingMoved;
import kr.seoul.smartcity.directive.service.InvalidDirectiveException;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * Presentation mode (브리핑): one page of a report at a time, large enough for a wall screen, a tablet or a TV. The
 * presenter turns pages (buttons or arrow keys), writes notes on the page and issues directives from it; every screen
 * that opened the same address follows the presenter's page, in whichever instance it is served.
 */
@Route("briefing/:id")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
public class BriefingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final DirectiveButton directiveButton;
    private final kr.seoul.smartcity.directory.service.DirectoryService directory;
    private final Viewer viewer;
    private final Actor actor;
    private final Div stage = new Div();
    private final Div controls = new Div();
    private String briefingId = "";
    private Report report;
    private List<ReportPage> pages = List.of();

    BriefingView(
            ReportService reports,
            DirectiveButton directiveButton,
            CurrentUser currentUser,
            LiveEventBus events,
            kr.seoul.smartcity.directory.service.DirectoryService directory) {
        this.reports = reports;
        this.directory = directory;
        this.directiveButton = directiveButton;
        this.viewer = currentUser.viewer();
        this.actor = Actors.current(currentUser).orElseThrow();
        addClassNames("page", "briefing-view");
        stage.setId("briefing");
        stage.addClassName("briefing-stage");
        controls.addClassName("briefing-controls");
        controls.setId("briefing-controls");
        add(stage, controls);
        LiveUpdates.follow(this, events, BriefingMoved.TOPIC, moved -> {
            if (moved.briefingId().equals(briefingId)) {
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        briefingId = event.getRouteParameters().get("id").orElse("");
        Briefing briefing = reports.briefing(briefingId).orElse(null);
        report = briefing == null
                ? null
                : reports.report(viewer, briefing.reportId()).orElse(null);
        if (report == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        pages = report.pages();
        refresh();
    }

    private boolean presenting(Briefing briefing) {
        return briefing.presenter().equals(actor.username()) && !briefing.ended();
    }

    private void refresh() {
        Briefing briefing = reports.briefing(briefingId).orElseThrow();
        int index = Math.min(briefing.page(), pages.size() - 1);
        ReportPage page = pages.get(index);
        stage.removeAll();
        stage.getElement().setAttribute("data-page", String.valueOf(index));
        Span title = new Span(report.title());
        title.addClassName("briefing-report-title");
        Span number = new Span(getTranslation("briefing.page", index + 1, pages.size()));
        number.setId("briefing-page-number");
        number.addClassName("briefing-page-number");
        Div head = new Div(title, number);
        head.addClassName("briefing-head");
        ReportPageCard card = new ReportPageCard(page);
        card.setId("briefing-page");
        stage.add(head, card);
        List<Annotation> notes = reports.annotations(briefingId).stream()
                .filter(a -> a.page() == index)
                .toList();
        if (!notes.isEmpty()) {
            Div annotations = new Div();
            annotations.setId("briefing-annotations");
            annotations.addClassName("briefing-annotations");
            notes.forEach(note -> {
                Paragraph p = new Paragraph(note.text() + " — " + note.authorName());
                p.addClassName("briefing-annotation");
                annotations.add(p);
            });
            stage.add(annotations);
        }
        controls.removeAll();
        if (briefing.ended()) {
            Span ended = new Span(getTranslation("briefing.ended"));
            ended.setId("briefing-ended");
            controls.add(ended);
        } else if (presenting(briefing)) {
            presenterControls(index);
        } else {
            Span following = new Span(getTranslation(
                    "briefing.following",
                    directory
                            .staffMember(briefing.presenter())
                            .map(m -> m.displayName())
                            .orElse(briefing.presenter())));
            following.setId("briefing-following");
            following.addClassName("briefing-following");
            controls.add(following);
        }
    }

    private void presenterControls(int index) {
        Div turn = turnButtons(index);
        Div annotateRow = annotateRow();
        Div tools = new Div();
        tools.addClassName("briefing-tools");
        ReportPage page = pages.get(index);
        directiveButton
                .forContext(
                        DirectiveContext.of(
                                ContextKind.REPORT,
                                report.id(),
                                report.title() + " · " + page.heading(),
                                "reports/" + report.id()),
                        List.of(report.departmentCode()))
                .ifPresent(tools::add);
        Span share = new Span(getTranslation("briefing.share", "/briefing/" + briefingId));
        share.setId("briefing-share");
        share.addClassName("briefing-share");
        Button end = new Button(getTranslation("briefing.end"), click -> reports.endBriefing(actor, briefingId));
        end.setId("briefing-end");
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tools.add(end);
        controls.add(turn, annotateRow, tools, share);
    }

    /** Back and on, also with the arrow keys. */
    private Div turnButtons(int index) {
        Button previous = new Button(VaadinIcon.ARROW_LEFT.create(), click -> turn(index - 1));
        previous.setId("briefing-prev");
        previous.setAriaLabel(getTranslation("briefing.previous"));
        previous.setEnabled(index > 0);
        previous.addClickShortcut(Key.ARROW_LEFT);
        Button next =
                new Button(getTranslation("briefing.next"), VaadinIcon.ARROW_RIGHT.create(), click -> turn(index + 1));
        next.setId("briefing-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(index < pages.size() - 1);
        next.addClickShortcut(Key.ARROW_RIGHT);
        Div turn = new Div(previous, next);
        turn.addClassName("briefing-turn");
        return turn;
    }

    /** A note for those following, shown with the page. */
    private Div annotateRow() {
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("briefing.note"));
        note.setAriaLabel(getTranslation("briefing.note"));
        note.setId("briefing-note");
        note.setMaxLength(DirectiveLimits.MAX_ANNOTATION);
        Button annotate = new Button(getTranslation("briefing.annotate"), click -> {
            try {
                reports.annotate(actor, briefingId, note.getValue());
            } catch (InvalidDirectiveException | DirectiveRefusedException refused) {
                Notification.show(getTranslation("briefing.problem.note"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        annotate.setId("briefing-annotate");
        Div annotateRow = new Div(note, annotate);
        annotateRow.addClassName("briefing-annotate");
        return annotateRow;
    }

    private void turn(int page) {
        try {
            reports.turnTo(actor, briefingId, page);
        } catch (DirectiveRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey()), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return (report == null ? "" : report.title()) + " · " + getTranslation("briefing.title");
    }
}
