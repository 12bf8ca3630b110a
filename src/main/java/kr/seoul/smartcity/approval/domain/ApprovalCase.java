package kr.seoul.smartcity.approval.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The approval state machine of one version of a document: its status, drafter and line. Pure: no database, no
 * Spring. Every action is checked here (state, actor, turn); the service adds the revision check in SQL.
 */
public record ApprovalCase(
        DocumentStatus status,
        String drafter,
        List<ApprovalStep> steps,
        @Nullable String heldBy) {

    private static final Map<DocumentStatus, Set<ApprovalAction>> ALLOWED = new EnumMap<>(DocumentStatus.class);

    static {
        ALLOWED.put(DocumentStatus.DRAFT, EnumSet.of(ApprovalAction.EDIT, ApprovalAction.SUBMIT));
        ALLOWED.put(
                DocumentStatus.IN_PROGRESS,
                EnumSet.of(
                        ApprovalAction.APPROVE,
                        ApprovalAction.REJECT_TO_DRAFTER,
                        ApprovalAction.REJECT_TO_PREVIOUS,
                        ApprovalAction.HOLD,
                        ApprovalAction.WITHDRAW));
        ALLOWED.put(DocumentStatus.ON_HOLD, EnumSet.of(ApprovalAction.RELEASE));
        ALLOWED.put(DocumentStatus.COMPLETED, EnumSet.noneOf(ApprovalAction.class));
        ALLOWED.put(DocumentStatus.REJECTED, EnumSet.of(ApprovalAction.REDRAFT));
    }

    public ApprovalCase {
        steps = List.copyOf(steps);
    }

    /** Who may act for whom today (대결). */
    @FunctionalInterface
    public interface Deputies {
        Deputies NONE = String::equals;

        boolean mayActFor(String actor, String approver);
    }

    /**
     * The case after an action.
     *
     * @param step       the step acted on, if the action belongs to a step
     * @param onBehalfOf the absent approver when a substitute acted
     * @param newVersion whether the action starts a new version (재기안)
     */
    public record Result(
            ApprovalCase after,
            @Nullable ApprovalStep step,
            @Nullable String onBehalfOf,
            boolean newVersion) {}

    /** The transition table: whether an action is possible at all in a status. */
    public static boolean allowed(DocumentStatus status, ApprovalAction action) {
        return ALLOWED.get(status).contains(action);
    }

    public static Set<ApprovalAction> allowedActions(DocumentStatus status) {
        return Collections.unmodifiableSet(ALLOWED.get(status));
    }

    /**
     * Builds the steps of a line: the drafter first, then the entries. Reviewers, then cooperation, then exactly one
     * final approver; nobody twice.
     */
    public static List<ApprovalStep> line(String drafter, List<LineEntry> entries) {
        return line(drafter, entries, true);
    }

    /**
     * Builds the steps of a line; an incomplete line (no final approver yet) is allowed in a draft being written.
     */
    public static List<ApprovalStep> line(String drafter, List<LineEntry> entries, boolean complete) {
        if (complete && (entries.isEmpty() || entries.getLast().kind() != StepKind.APPROVAL)) {
            throw invalid("a line ends with its final approver");
        }
        List<ApprovalStep> steps = new ArrayList<>();
        steps.add(new ApprovalStep(0, 0, StepKind.DRAFT, drafter, StepState.WAITING, null, null, null));
        Set<String> people = new HashSet<>(Set.of(drafter));
        StepKind previous = StepKind.DRAFT;
        int seq = 0;
        for (LineEntry entry : entries) {
            if (entry.kind() == StepKind.DRAFT
                    || entry.kind().compareTo(previous) < 0
                    || (entry.kind() == StepKind.APPROVAL && previous == StepKind.APPROVAL)) {
                throw invalid("the order is drafter, reviewers, cooperation, final approver");
            }
            if (entry.approver() == null || entry.approver().isBlank() || !people.add(entry.approver())) {
                throw invalid("everyone appears once on a line: " + entry.approver());
            }
            boolean parallel =
                    entry.parallel() && entry.kind() == StepKind.COOPERATION && previous == StepKind.COOPERATION;
            if (!parallel) {
                seq++;
            }
            steps.add(new ApprovalStep(
                    steps.size(), seq, entry.kind(), entry.approver(), StepState.WAITING, null, null, null));
            previous = entry.kind();
        }
        return List.copyOf(steps);
    }

    /** The entries a line was built from, for editing and saving it. */
    public static List<LineEntry> entries(List<ApprovalStep> steps) {
        List<LineEntry> entries = new ArrayList<>();
        int previousSeq = -1;
        for (ApprovalStep step : steps) {
            if (step.kind() != StepKind.DRAFT) {
                entries.add(new LineEntry(step.kind(), step.approver(), step.seq() == previousSeq));
            }
            previousSeq = step.seq();
        }
        return entries;
    }

    /** The steps whose turn it is: the waiting steps of the lowest sequence (several when cooperating in parallel). */
    public List<ApprovalStep> current() {
        if (status != DocumentStatus.IN_PROGRESS && status != DocumentStatus.ON_HOLD) {
            return List.of();
        }
        Optional<Integer> seq =
                steps.stream().filter(ApprovalCase::open).map(ApprovalStep::seq).min(Integer::compare);
        return seq.map(s -> steps.stream()
                        .filter(step -> open(step) && step.seq() == s)
                        .toList())
                .orElse(List.of());
    }

    /** Whether anyone after the drafter has acted on this version. */
    public boolean anyoneActed() {
        return steps.stream().anyMatch(step -> step.kind() != StepKind.DRAFT && step.state() == StepState.APPROVED);
    }

    public Result apply(ApprovalAction action, String actor, Deputies deputies, Instant now, @Nullable String comment) {
        if (!allowed(status, action)) {
            throw new ApprovalRefusedException(ApprovalRefusedException.WRONG_STATE, action + " in " + status);
        }
        return switch (action) {
            case EDIT -> {
                requireDrafter(actor);
                yield new Result(this, null, null, false);
            }
            case SUBMIT -> submit(actor, now, comment);
            case APPROVE -> approve(actor, deputies, now, comment);
            case REJECT_TO_DRAFTER -> rejectToDrafter(actor, deputies, now, comment);
            case REJECT_TO_PREVIOUS -> rejectToPrevious(actor, deputies, now, comment);
            case HOLD -> {
                ApprovalStep mine = myStep(actor, deputies);
                yield new Result(
                        new ApprovalCase(DocumentStatus.ON_HOLD, drafter, steps, mine.approver()),
                        mine,
                        onBehalf(actor, mine),
                        false);
            }
            case RELEASE -> release(actor, deputies);
            case WITHDRAW -> withdraw(actor);
            case REDRAFT -> {
                requireDrafter(actor);
                yield new Result(new ApprovalCase(DocumentStatus.DRAFT, drafter, resetAll(), null), null, null, true);
            }
        };
    }

    private Result submit(String actor, Instant now, @Nullable String comment) {
        requireDrafter(actor);
        if (steps.stream().noneMatch(ApprovalCase::open)) {
            throw invalid("nobody to approve");
        }
        ApprovalStep drafted = steps.getFirst();
        List<ApprovalStep> next = replace(drafted, drafted.acted(StepState.APPROVED, actor, now, comment));
        return new Result(
                new ApprovalCase(DocumentStatus.IN_PROGRESS, drafter, next, null), next.getFirst(), null, false);
    }

    private Result approve(String actor, Deputies deputies, Instant now, @Nullable String comment) {
        ApprovalStep mine = myStep(actor, deputies);
        ApprovalStep done = mine.acted(StepState.APPROVED, actor, now, comment);
        List<ApprovalStep> next = replace(mine, done);
        boolean finished = next.stream().noneMatch(ApprovalCase::open);
        return new Result(
                new ApprovalCase(finished ? DocumentStatus.COMPLETED : DocumentStatus.IN_PROGRESS, drafter, next, null),
                done,
                onBehalf(actor, mine),
                false);
    }

    private Result rejectToPrevious(String actor, Deputies deputies, Instant now, @Nullable String comment) {
        ApprovalStep mine = myStep(actor, deputies);
        int previousSeq = steps.stream()
                .filter(s -> s.kind() != StepKind.DRAFT && s.state() == StepState.APPROVED && s.seq() < mine.seq())
                .mapToInt(ApprovalStep::seq)
                .max()
                .orElse(-1);
        if (previousSeq < 0) {
            return rejectToDrafter(actor, deputies, now, comment);
        }
        List<ApprovalStep> next = steps.stream()
                .map(s -> s.seq() == previousSeq && s.state() == StepState.APPROVED ? s.waiting() : s)
                .toList();
        return new Result(
                new ApprovalCase(DocumentStatus.IN_PROGRESS, drafter, next, null), mine, onBehalf(actor, mine), false);
    }

    private Result release(String actor, Deputies deputies) {
        if (heldBy == null || !deputies.mayActFor(actor, heldBy)) {
            throw new ApprovalRefusedException(
                    ApprovalRefusedException.NOT_YOUR_TURN, actor + " did not hold the document");
        }
        ApprovalStep held = current().stream()
                .filter(s -> s.approver().equals(heldBy))
                .findFirst()
                .orElse(null);
        return new Result(
                new ApprovalCase(DocumentStatus.IN_PROGRESS, drafter, steps, null),
                held,
                actor.equals(heldBy) ? null : heldBy,
                false);
    }

    private Result withdraw(String actor) {
        requireDrafter(actor);
        if (anyoneActed()) {
            throw new ApprovalRefusedException(
                    ApprovalRefusedException.ALREADY_ACTED,
                    "the next person has acted; only a rejection returns it now");
        }
        return new Result(new ApprovalCase(DocumentStatus.DRAFT, drafter, resetAll(), null), null, null, false);
    }

    private Result rejectToDrafter(String actor, Deputies deputies, Instant now, @Nullable String comment) {
        ApprovalStep mine = myStep(actor, deputies);
        ApprovalStep done = mine.acted(StepState.REJECTED, actor, now, comment);
        return new Result(
                new ApprovalCase(DocumentStatus.REJECTED, drafter, replace(mine, done), null),
                done,
                onBehalf(actor, mine),
                false);
    }

    /** The current step the actor may act on: their own, else one they substitute for. */
    private ApprovalStep myStep(String actor, Deputies deputies) {
        List<ApprovalStep> current = current();
        return current.stream()
                .filter(s -> s.approver().equals(actor))
                .findFirst()
                .or(() -> current.stream()
                        .filter(s -> deputies.mayActFor(actor, s.approver()))
                        .findFirst())
                .orElseThrow(() -> new ApprovalRefusedException(
                        ApprovalRefusedException.NOT_YOUR_TURN, actor + " is not the current approver"));
    }

    private static @Nullable String onBehalf(String actor, ApprovalStep step) {
        return actor.equals(step.approver()) ? null : step.approver();
    }

    private void requireDrafter(String actor) {
        if (!drafter.equals(actor)) {
            throw new ApprovalRefusedException(ApprovalRefusedException.NOT_DRAFTER, actor + " is not the drafter");
        }
    }

    private List<ApprovalStep> replace(ApprovalStep old, ApprovalStep updated) {
        return steps.stream()
                .map(s -> s.position() == old.position() ? updated : s)
                .toList();
    }

    private List<ApprovalStep> resetAll() {
        return steps.stream().map(ApprovalStep::waiting).toList();
    }

    private static boolean open(ApprovalStep step) {
        return step.kind() != StepKind.DRAFT && step.state() == StepState.WAITING;
    }

    private static ApprovalRefusedException invalid(String why) {
        return new ApprovalRefusedException(ApprovalRefusedException.INVALID, why);
    }
}
