package kr.seoul.smartcity.civic.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.text.PlainText;
import kr.seoul.smartcity.civic.domain.AnswerLevel;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.ProposalStore;
import kr.seoul.smartcity.civic.domain.ProposalThresholds;
import kr.seoul.smartcity.civic.domain.SupportGuardStore;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/**
 * Citizens' proposals (시민제안): citizens submit and support them, each person counted once; at the department
 * threshold the proposal enters the owning department's queue, at the mayor threshold the mayor's, and the answer is
 * shown on the proposal. Crossing a threshold is pushed to the open screens of whoever must answer.
 */
@Service
public class ProposalService {

    private final ProposalStore store;
    private final DirectoryService directory;
    private final DisclosurePolicy policy;
    private final LiveEventBus events;
    private final ProposalThresholds thresholds;
    private final SupportChallenges challenges;
    private final SupportGuardStore guard;
    private final ProposalProperties properties;
    private final Clock clock;

    ProposalService(
            ProposalStore store,
            DirectoryService directory,
            DisclosurePolicy policy,
            LiveEventBus events,
            ProposalProperties properties,
            SupportChallenges challenges,
            SupportGuardStore guard,
            Clock clock) {
        this.store = store;
        this.challenges = challenges;
        this.guard = guard;
        this.properties = properties;
        this.directory = directory;
        this.policy = policy;
        this.events = events;
        this.thresholds = new ProposalThresholds(properties.departmentThreshold(), properties.mayorThreshold());
        this.clock = clock;
    }

    public ProposalThresholds thresholds() {
        return thresholds;
    }

    /**
     * Takes a citizen's proposal.
     *
     * @throws InvalidProposalException if the title, text, department or name is not acceptable
     */
    public Proposal submit(NewProposal proposal, SupporterKey author) {
        return submit(proposal, author, false);
    }

    /** Takes a proposal of a sample set (marked as such). */
    public Proposal submitSample(NewProposal proposal, SupporterKey author) {
        return submit(proposal, author, true);
    }

    private Proposal submit(NewProposal proposal, SupporterKey author, boolean sample) {
        String title = proposal.title() == null
                ? ""
                : PlainText.clean(proposal.title()).strip();
        String body =
                proposal.body() == null ? "" : PlainText.clean(proposal.body()).strip();
        String name = proposal.authorName() == null
                ? ""
                : PlainText.clean(proposal.authorName()).strip();
        List<String> problems = new ArrayList<>();
        if (title.length() < NewProposal.MIN_TITLE || title.length() > NewProposal.MAX_TITLE) {
            problems.add("civic.proposal.problem.title");
        }
        if (body.length() < NewProposal.MIN_BODY || body.length() > NewProposal.MAX_BODY) {
            problems.add("civic.proposal.problem.body");
        }
        if (proposal.departmentCode() == null
                || directory.findDepartment(proposal.departmentCode()).isEmpty()) {
            problems.add("civic.proposal.problem.department");
        }
        if (name.length() > NewProposal.MAX_NAME) {
            problems.add("civic.proposal.problem.name");
        }
        if (!problems.isEmpty()) {
            throw new InvalidProposalException(problems);
        }
        return store.insert(
                title, body, proposal.departmentCode(), author, name.isEmpty() ? "시민" : name, clock.instant(), sample);
    }

    /** Proposals the viewer may see, by supports or newest first. */
    public List<Proposal> proposals(Viewer viewer, ProposalStore.Order order, int limit) {
        return store.list(order, limit).stream()
                .filter(p -> policy.canSee(viewer, p))
                .toList();
    }

    public Optional<Proposal> proposal(Viewer viewer, long id) {
        return store.find(id).filter(p -> policy.canSee(viewer, p));
    }

    public boolean hasSupported(long id, SupporterKey supporter) {
        return store.supported(id, supporter);
    }

    /** A challenge for a citizen's support of the proposal, to be answered with a proof of work. */
    public SupportChallenge challenge(long id) {
        visible(id);
        return challenges.issue(id);
    }

    /**
     * A citizen's support: counted once per browser, and only with a solved challenge of the server's for this
     * proposal and within the budget of the client address (supports a day, and for one proposal).
     *
     * @throws InvalidProposalException with {@code civic.proposal.problem.proof} if the challenge is forged, old,
     *                                  used or unsolved, {@code civic.proposal.problem.budget} if the address's
     *                                  budget is spent
     */
    public SupportResult supportAsCitizen(long id, CitizenSupport support) {
        Proposal before = visible(id);
        challenges.redeem(id, support.challenge(), support.nonce());
        if (store.supported(id, support.browser())) {
            return new SupportResult(false, before);
        }
        if (!guard.spend(
                challenges.addressKey(support.clientAddress()),
                LocalDate.now(clock.withZone(Seoul.ZONE)),
                id,
                properties.supportsPerAddress(),
                properties.supportsPerAddressAndProposal())) {
            throw new InvalidProposalException(List.of("civic.proposal.problem.budget"));
        }
        return count(before, support.browser());
    }

    /** A member of staff's support: their account counts once. */
    public SupportResult supportAsStaff(long id, String username) {
        Proposal before = visible(id);
        if (directory.findAccount(username).filter(account -> account.enabled()).isEmpty()) {
            throw new InvalidProposalException(List.of("civic.proposal.problem.unknown"));
        }
        return count(before, SupporterKey.of("staff:" + username));
    }

    /** Supports of a sample set's proposal, by the sample loader; real proposals take supports only as above. */
    public SupportResult supportSample(long id, SupporterKey supporter) {
        Proposal before = visible(id);
        if (!store.isSample(id)) {
            throw new InvalidProposalException(List.of("civic.proposal.problem.unknown"));
        }
        return count(before, supporter);
    }

    private Proposal visible(long id) {
        return store.find(id)
                .filter(p -> policy.canSee(Viewer.CITIZEN, p))
                .orElseThrow(() -> new InvalidProposalException(List.of("civic.proposal.problem.unknown")));
    }

    /**
     * Adds a support, once per person; when the supports reach a threshold the proposal is queued for its answer and
     * the screens of whoever answers are told.
     */
    private SupportResult count(Proposal before, SupporterKey supporter) {
        long id = before.id();
        Optional<Proposal> counted = store.support(id, supporter, clock.instant());
        if (counted.isEmpty()) {
            return new SupportResult(false, before);
        }
        Proposal after = counted.get();
        AnswerLevel level = thresholds.levelFor(after.supports());
        if (level != AnswerLevel.NONE && store.raiseAnswerDue(id, level, clock.instant())) {
            after = store.find(id).orElseThrow();
            events.publish(ProposalDue.TOPIC, new ProposalDue(id, level.name(), after.departmentCode()));
        }
        return new SupportResult(true, after);
    }

    /** The proposals this member of staff must answer: the department's, or the mayor's for the mayor. */
    public List<Proposal> queue(Viewer viewer) {
        if (viewer.role() == Role.MAYOR) {
            return store.awaiting(AnswerLevel.MAYOR, null);
        }
        if (viewer.role() == Role.ADMIN) {
            List<Proposal> all = new ArrayList<>(store.awaiting(AnswerLevel.DEPARTMENT, null));
            all.addAll(store.awaiting(AnswerLevel.MAYOR, null));
            return all;
        }
        if (viewer.role() == Role.OFFICIAL && viewer.departmentCode() != null) {
            return store.awaiting(AnswerLevel.DEPARTMENT, viewer.departmentCode());
        }
        return List.of();
    }

    /**
     * Answers a proposal as its department (officials of the owning department) or as the mayor.
     *
     * @throws InvalidProposalException if the answer is empty or too long, or the viewer does not owe this answer
     */
    public Proposal answer(Viewer viewer, String answeredBy, long id, String answer) {
        Proposal proposal = store.find(id)
                .orElseThrow(() -> new InvalidProposalException(List.of("civic.proposal.problem.unknown")));
        String text = answer == null ? "" : PlainText.clean(answer).strip();
        if (text.length() < 10 || text.length() > NewProposal.MAX_BODY) {
            throw new InvalidProposalException(List.of("civic.proposal.problem.answer"));
        }
        AnswerLevel level;
        if (viewer.role() == Role.MAYOR && proposal.answerDue() == AnswerLevel.MAYOR) {
            level = AnswerLevel.MAYOR;
        } else if (viewer.role() == Role.OFFICIAL
                && proposal.departmentCode().equals(viewer.departmentCode())
                && proposal.answerDue() == AnswerLevel.DEPARTMENT) {
            level = AnswerLevel.DEPARTMENT;
        } else {
            throw new InvalidProposalException(List.of("civic.proposal.problem.not-yours"));
        }
        store.answer(id, text, answeredBy, level, clock.instant());
        events.publish(ProposalDue.TOPIC, new ProposalDue(id, "ANSWERED", proposal.departmentCode()));
        return store.find(id).orElseThrow();
    }

    public long count() {
        return store.count();
    }
}
