package kr.seoul.smartcity.civic.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.civic.domain.AnswerLevel;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.civic.service.ProposalDue;
import kr.seoul.smartcity.civic.service.ProposalService;
import kr.seoul.smartcity.civic.service.SupportResult;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.ui.DirectiveButton;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/** One proposal: its text, its supports against the thresholds, a support button, and the answer once given. */
@Route("civic/proposals/:id")
@AnonymousAllowed
public class ProposalView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Seoul.ZONE);

    private final ProposalService proposals;
    private final DirectoryService directory;
    private final DirectiveButton directiveButton;
    private final Viewer viewer;
    private final CurrentUser currentUser;
    private SupporterKey supporter;
    private long id;
    private String pageTitle = "";

    ProposalView(ProposalService proposals, DirectoryService directory, CurrentUser currentUser, LiveEventBus events,
                 DirectiveButton directiveButton) {
        this.directiveButton = directiveButton;
        this.proposals = proposals;
        this.directory = directory;
        this.viewer = currentUser.viewer();
        this.currentUser = currentUser;
        addClassNames("page", "proposal-view");
        LiveUpdates.follow(this, events, ProposalDue.TOPIC, due -> {
            if (due.proposalId() == id) {
                proposals.proposal(viewer, id).ifPresent(this::show);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // known before any click: the navigation's response can set the browser's cookie
        supporter = SupporterToken.current(currentUser.get());
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        proposals.proposal(viewer, id).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(Proposal proposal) {
        removeAll();
        pageTitle = proposal.title();
        Anchor back = new Anchor("civic/proposals", getTranslation("civic.proposal.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        H1 title = new H1(proposal.title());
        title.setId("proposal-heading");
        Span meta = new Span(directory.findDepartment(proposal.departmentCode()).map(d -> d.name(getLocale()))
                .orElse(proposal.departmentCode()) + " · " + proposal.authorName() + " · "
                + DAY.format(proposal.createdAt()));
        meta.addClassName("page-lead");
        Paragraph body = new Paragraph(proposal.body());
        body.setId("proposal-body");
        body.addClassName("proposal-text");

        Span count = new Span(getTranslation("civic.proposal.supports", proposal.supports(),
                proposals.thresholds().next(proposal.supports())));
        count.setId("proposal-supports");
        count.addClassName("proposal-count");
        boolean supported = proposals.hasSupported(proposal.id(), supporter);
        Button support = new Button(getTranslation(supported ? "civic.proposal.supported" : "civic.proposal.support"),
                VaadinIcon.THUMBS_UP.create(), click -> support(proposal.id()));
        support.setId("proposal-support");
        support.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        support.setEnabled(!supported);
        Paragraph rule = new Paragraph(getTranslation("civic.proposal.rule", proposals.thresholds().department(),
                proposals.thresholds().mayor()));
        rule.addClassName("theme-counts");
        Div supportBox = new Div(count, support, rule);
        supportBox.addClassName("proposal-support-box");
        add(back, title, meta);
        directiveButton.forContext(DirectiveContext.of(ContextKind.PROPOSAL, proposal.id(), proposal.title(),
                "civic/proposals/" + proposal.id()), List.of(proposal.departmentCode())).ifPresent(this::add);
        add(Card.titled(getTranslation("civic.proposal.text"), body), supportBox);
        if (proposal.answerDue() != AnswerLevel.NONE && !proposal.answered()) {
            Paragraph due = new Paragraph(getTranslation("civic.proposal.due." + proposal.answerDue().name()));
            due.setId("proposal-due");
            due.addClassNames("achievement", "achievement-close");
            add(due);
        }
        if (proposal.answered()) {
            H2 heading = new H2(getTranslation("civic.proposal.answer." + proposal.answeredLevel().name()));
            Paragraph answer = new Paragraph(proposal.answer());
            answer.setId("proposal-answer");
            answer.addClassName("proposal-text");
            Span by = new Span(proposal.answeredBy() + " · " + DAY.format(proposal.answeredAt()));
            by.addClassName("theme-counts");
            Div box = new Div(heading, answer, by);
            box.addClassNames("card", "proposal-answer-box");
            add(box);
        }
    }

    private void support(long proposalId) {
        SupportResult result = proposals.support(proposalId, supporter);
        show(result.proposal());
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.title");
    }
}
