package kr.seoul.smartcity.civic.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.service.InvalidProposalException;
import kr.seoul.smartcity.civic.service.NewProposal;
import kr.seoul.smartcity.civic.service.ProposalDue;
import kr.seoul.smartcity.civic.service.ProposalService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * The proposals this member of staff must answer: a department's once supports reach its threshold, the mayor's
 * at the higher one. A proposal that crosses a threshold appears here at once, without reloading.
 */
@Route("civic/proposals/queue")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 15, title = "nav.proposal-queue", icon = "vaadin:comments-o")
public class ProposalQueueView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Seoul.ZONE);

    private final ProposalService proposals;
    private final Viewer viewer;
    private final CityUser user;
    private final Div queue = new Div();

    ProposalQueueView(ProposalService proposals, CurrentUser currentUser, LiveEventBus events) {
        this.proposals = proposals;
        this.viewer = currentUser.viewer();
        this.user = currentUser.get().orElseThrow();
        addClassNames("page", "proposal-queue-view");
        queue.setId("proposal-queue");
        queue.addClassName("project-list");
        add(
                new H1(getTranslation("nav.proposal-queue")),
                new Paragraph(getTranslation(
                        "civic.queue.intro",
                        proposals.thresholds().department(),
                        proposals.thresholds().mayor())),
                queue);
        show();
        LiveUpdates.follow(this, events, ProposalDue.TOPIC, due -> show());
    }

    private void show() {
        queue.removeAll();
        List<Proposal> due = proposals.queue(viewer);
        if (due.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("civic.queue.none"));
            none.setId("proposal-queue-empty");
            queue.add(none);
        }
        due.forEach(proposal -> queue.add(item(proposal)));
    }

    private Section item(Proposal proposal) {
        Anchor title = new Anchor("civic/proposals/" + proposal.id(), proposal.title());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("proposal-title");
        Span meta = new Span(getTranslation("civic.proposal.supports.plain", proposal.supports()) + " · "
                + getTranslation(
                        "civic.queue.since", proposal.dueSince() == null ? "" : DAY.format(proposal.dueSince())));
        meta.addClassName("project-about");
        Paragraph body = new Paragraph(proposal.body());
        body.addClassName("proposal-text");
        TextArea answer = new TextArea(getTranslation("civic.queue.answer"));
        answer.setWidthFull();
        answer.setMaxLength(NewProposal.MAX_BODY);
        answer.setMinHeight("6em");
        answer.setId("answer-" + proposal.id());
        Button send = new Button(getTranslation("civic.queue.send"), click -> {
            try {
                proposals.answer(viewer, user.displayName(), proposal.id(), answer.getValue());
                Notification.show(getTranslation("civic.queue.sent"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidProposalException e) {
                answer.setErrorMessage(getTranslation(e.problems().getFirst()));
                answer.setInvalid(true);
            }
        });
        send.setId("send-" + proposal.id());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section card = new Section(title, meta, body, answer, send);
        card.addClassNames("card", "proposal-card");
        card.getElement().setAttribute("data-proposal", String.valueOf(proposal.id()));
        card.getElement().setAttribute("data-level", proposal.answerDue().name());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.proposal-queue") + " · " + getTranslation("app.title");
    }
}
