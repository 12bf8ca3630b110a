package kr.seoul.smartcity.citystatus.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.call.domain.ContextType;
import kr.seoul.smartcity.call.ui.CallButtons;
import kr.seoul.smartcity.citystatus.domain.DisasterMessage;
import kr.seoul.smartcity.citystatus.domain.Incident;
import kr.seoul.smartcity.citystatus.domain.IncidentStatus;
import kr.seoul.smartcity.citystatus.domain.IncidentStep;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.CityFeedUpdated;
import kr.seoul.smartcity.citystatus.service.IncidentService;
import kr.seoul.smartcity.citystatus.service.IncidentUpdated;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.ui.DirectiveButton;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * Disasters and safety: incidents of the last day with their status chain (출동지령 → … → 상황종결), updated live, and
 * the disaster text messages from the national feed.
 */
@Route("disasters")
@AnonymousAllowed
@Menu(order = 2, title = "nav.disasters", icon = "vaadin:fire")
public class DisasterView extends Main implements HasDynamicTitle {

    private final IncidentService incidents;
    private final CityFeedService feed;
    private final CallButtons callButtons;
    private final DirectiveButton directiveButton;
    private final Viewer viewer;
    private final Div incidentList = new Div();
    private final Div messageList = new Div();

    DisasterView(
            IncidentService incidents,
            CityFeedService feed,
            CurrentUser currentUser,
            LiveEventBus events,
            CallButtons callButtons,
            DirectiveButton directiveButton) {
        this.directiveButton = directiveButton;
        this.incidents = incidents;
        this.feed = feed;
        this.callButtons = callButtons;
        this.viewer = currentUser.viewer();
        addClassNames("page", "disaster-view");
        incidentList.setId("incidents");
        messageList.setId("disaster-messages");
        add(
                new H1(getTranslation("nav.disasters")),
                Card.grid(
                        Card.titled(getTranslation("incident.title"), incidentList),
                        Card.titled(getTranslation("disaster.messages"), messageList)));
        showIncidents();
        showMessages();
        LiveUpdates.follow(incidentList, events, IncidentUpdated.TOPIC, updated -> showIncidents());
        LiveUpdates.follow(messageList, events, CityFeedUpdated.TOPIC, updated -> showMessages());
    }

    private void showIncidents() {
        incidentList.removeAll();
        List<Incident> recent = incidents.recent(viewer);
        if (recent.isEmpty()) {
            incidentList.add(new Paragraph(getTranslation("incident.none")));
        }
        recent.forEach(incident -> incidentList.add(incident(incident)));
    }

    private Div incident(Incident incident) {
        Map<IncidentStatus, IncidentStep> reached = incidents.steps(incident.id()).stream()
                .collect(Collectors.toMap(IncidentStep::status, Function.identity(), (a, b) -> a));
        Div card = new Div();
        card.addClassNames("incident", incident.active() ? "incident-active" : "incident-closed");
        card.getElement().setAttribute("data-incident-id", String.valueOf(incident.id()));
        Span title = new Span(incident.title());
        title.addClassName("incident-title");
        Span place = new Span(Formats.district(incident.districtCode(), getLocale()) + " · " + incident.place());
        place.addClassName("incident-place");
        OrderedList chain = new OrderedList();
        chain.addClassName("status-chain");
        for (IncidentStatus status : IncidentStatus.values()) {
            IncidentStep step = reached.get(status);
            ListItem item = new ListItem(new Span(getTranslation(status.labelKey())));
            item.addClassName(
                    step == null ? "step-pending" : status == incident.status() ? "step-current" : "step-done");
            if (step != null) {
                Span time = new Span(Formats.time(step.reachedAt(), getLocale()));
                time.addClassName("step-time");
                item.add(time);
            }
            chain.add(item);
        }
        card.add(title, place, chain);
        if (incident.active()) {
            // staff call the department in charge, or open a conference room with several (citizens see neither)
            CallContext context = CallContext.of(ContextType.INCIDENT, incident.id(), incident.title());
            Div calls = new Div();
            calls.addClassName("incident-calls");
            callButtons.forDepartment(incident.owningDepartment(), context).ifPresent(calls::add);
            directiveButton
                    .forContext(
                            DirectiveContext.of(ContextKind.INCIDENT, incident.id(), incident.title(), "disasters"),
                            List.of(incident.owningDepartment()))
                    .ifPresent(calls::add);
            callButtons
                    .conferenceRoom(incident.title(), List.of(incident.owningDepartment()), context)
                    .ifPresent(calls::add);
            if (calls.getComponentCount() > 0) {
                card.add(calls);
            }
        }
        return card;
    }

    private void showMessages() {
        messageList.removeAll();
        List<DisasterMessage> messages = feed.latestDisasterMessages();
        if (messages.isEmpty()) {
            messageList.add(new Paragraph(getTranslation("disaster.none")));
        }
        for (DisasterMessage message : messages) {
            Div item = new Div();
            item.addClassNames(
                    "disaster-message",
                    switch (message.step()) {
                        case "위급재난" -> "message-critical";
                        case "긴급재난" -> "message-warning";
                        default -> "message-info";
                    });
            Span step = new Span(message.step());
            step.addClassName("message-step");
            Span meta = new Span(Formats.time(message.sentAt(), getLocale()) + " · " + message.regions());
            meta.addClassName("message-meta");
            item.add(step, new Paragraph(message.text()), meta);
            messageList.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.disasters") + " · " + getTranslation("app.title");
    }
}
