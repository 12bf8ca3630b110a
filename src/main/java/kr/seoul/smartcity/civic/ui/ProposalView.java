package kr.seoul.smartcity.civic.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
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
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.civic.domain.AnswerLevel;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.civic.service.CitizenSupport;
import kr.seoul.smartcity.civic.service.InvalidProposalException;
import kr.seoul.smartcity.civic.service.ProposalDue;
import kr.seoul.smartcity.civic.service.ProposalService;
import kr.seoul.smartcity.civic.service.SupportChallenge;
import kr.seoul.smartcity.civic.service.SupportResult;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.ui.DirectiveButton;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.RateLimit;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.security.ui.UiRateLimits;

/** One proposal: its text, its supports against the thresholds, a support button, and the answer once given. */
@Route("civic/proposals/:id")
@JsModule("./components/support-proof.js")
@AnonymousAllowed
public class ProposalView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Seoul.ZONE);

    private final ProposalService proposals;
    private final DirectoryService directory;
    private final DirectiveButton directiveButton;
    private final Viewer viewer;
    private final CurrentUser currentUser;
    private final UiRateLimits rateLimits;
    private final Span supportStatus = new Span();
    private Button supportButton = new Button();
    private SupporterKey supporter;
    private long id;
    private String pageTitle = "";

    ProposalView(
            ProposalService proposals,
            DirectoryService directory,
            CurrentUser currentUser,
            LiveEventBus events,
            DirectiveButton directiveButton,
            UiRateLimits rateLimits) {
        this.rateLimits = rateLimits;
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
        supportStatus.setText("");
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
        Span meta = new Span(directory
                        .findDepartment(proposal.departmentCode())
                        .map(d -> d.name(getLocale()))
                        .orElse(proposal.departmentCode())
                + " · " + proposal.authorName() + " · "
                + DAY.format(proposal.createdAt()));
        meta.addClassName("page-lead");
        Paragraph body = new Paragraph(proposal.body());
        body.setId("proposal-body");
        body.addClassName("proposal-text");

        Div supportBox = supportBox(proposal);
        add(back, title, meta);
        directiveButton
                .forContext(
                        DirectiveContext.of(
                                ContextKind.PROPOSAL,
                                proposal.id(),
                                proposal.title(),
                                "civic/proposals/" + proposal.id()),
                        List.of(proposal.departmentCode()))
                .ifPresent(this::add);
        add(Card.titled(getTranslation("civic.proposal.text"), body), supportBox);
        if (proposal.answerDue() != AnswerLevel.NONE && !proposal.answered()) {
            Paragraph due = new Paragraph(getTranslation(proposal.answerDue().dueKey()));
            due.setId("proposal-due");
            due.addClassNames("achievement", "achievement-close");
            add(due);
        }
        if (proposal.answered()) {
            add(answerBox(proposal));
        }
    }

    /** How many support it and how many more it needs for an answer; the reader's support, once. */
    private Div supportBox(Proposal proposal) {
        Span count = new Span(getTranslation(
                "civic.proposal.supports",
                proposal.supports(),
                proposals.thresholds().next(proposal.supports())));
        count.setId("proposal-supports");
        count.addClassName("proposal-count");
        boolean supported = proposals.hasSupported(proposal.id(), supporter);
        Button support = new Button(
                getTranslation(supported ? "civic.proposal.supported" : "civic.proposal.support"),
                VaadinIcon.THUMBS_UP.create(),
                click -> support(proposal.id()));
        support.setId("proposal-support");
        support.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        support.setEnabled(!supported);
        Paragraph rule = new Paragraph(getTranslation(
                "civic.proposal.rule",
                proposals.thresholds().department(),
                proposals.thresholds().mayor()));
        rule.addClassName("theme-counts");
        supportStatus.setId("proposal-support-status");
        supportStatus.addClassName("proposal-support-status");
        supportStatus.getElement().setAttribute("role", "status");
        supportStatus.getElement().setAttribute("aria-live", "polite");
        supportButton = support;
        Div supportBox = new Div(count, support, supportStatus, rule);
        supportBox.addClassName("proposal-support-box");
        return supportBox;
    }

    /** The answer of the department or the mayor, by whom and when. */
    private Div answerBox(Proposal proposal) {
        H2 heading = new H2(getTranslation(proposal.answeredLevel().labelKey()));
        Paragraph answer = new Paragraph(proposal.answer());
        answer.setId("proposal-answer");
        answer.addClassName("proposal-text");
        Span by = new Span(answeredBy(proposal) + " · " + DAY.format(proposal.answeredAt()));
        by.addClassName("theme-counts");
        Div box = new Div(heading, answer, by);
        box.addClassNames("card", "proposal-answer-box");
        return box;
    }

    /**
     * A member of staff supports as their account. A citizen's browser first answers the server's challenge for this
     * proposal with a proof of work (support-proof.js, well under a second), which the service checks with the
     * client address's budget; the person sees that their support is being counted meanwhile.
     */
    private void support(long proposalId) {
        if (!rateLimits.allow(this, RateLimit.PROPOSAL_SUPPORT)) {
            return;
        }
        if (currentUser.get().isPresent()) {
            counted(() ->
                    proposals.supportAsStaff(proposalId, currentUser.get().get().getUsername()));
            return;
        }
        String clientAddress = VaadinRequest.getCurrent() == null
                ? "unknown"
                : VaadinRequest.getCurrent().getRemoteAddr();
        SupportChallenge challenge = proposals.challenge(proposalId);
        supportButton.setEnabled(false);
        supportStatus.setText(getTranslation("civic.proposal.support.counting"));
        getElement()
                .executeJs("return window.citySupportProof($0, $1)", challenge.token(), challenge.bits())
                .then(
                        String.class,
                        nonce -> counted(() -> proposals.supportAsCitizen(
                                proposalId, new CitizenSupport(supporter, clientAddress, challenge.token(), nonce))),
                        error -> {
                            supportButton.setEnabled(true);
                            supportStatus.setText(getTranslation("civic.proposal.support.failed"));
                        });
    }

    private void counted(java.util.function.Supplier<SupportResult> support) {
        try {
            SupportResult result = support.get();
            show(result.proposal());
            supportStatus.setText(getTranslation(
                    result.counted() ? "civic.proposal.support.counted" : "civic.proposal.support.already"));
        } catch (InvalidProposalException refused) {
            supportButton.setEnabled(true);
            supportStatus.setText(refused.problems().stream()
                    .map(this::getTranslation)
                    .reduce((a, b) -> a + " " + b)
                    .orElse(""));
        }
    }

    /** Citizens see who answers (the department, or the mayor), never a member of staff's name. */
    private String answeredBy(Proposal proposal) {
        if (viewer.isStaff()) {
            return proposal.answeredBy();
        }
        return proposal.answeredLevel() == AnswerLevel.MAYOR
                ? getTranslation("civic.proposal.answered-by.mayor")
                : directory
                        .findDepartment(proposal.departmentCode())
                        .map(d -> d.name(getLocale()))
                        .orElse(proposal.departmentCode());
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.title");
    }
}
