package kr.seoul.smartcity.directive.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.text.PlainText;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.DirectiveAction;
import kr.seoul.smartcity.directive.domain.DirectiveEvent;
import kr.seoul.smartcity.directive.domain.DirectiveLimits;
import kr.seoul.smartcity.directive.domain.DirectiveRefusedException;
import kr.seoul.smartcity.directive.domain.DirectiveStatus;
import kr.seoul.smartcity.directive.domain.DirectiveStore;
import kr.seoul.smartcity.directive.domain.NewAttachment;
import kr.seoul.smartcity.directive.domain.Priority;
import kr.seoul.smartcity.directive.domain.StoredAttachment;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.domain.StaffMember;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The mayor's directives (지시사항): issued from anything on screen to departments, followed to done. Every step is
 * recorded with who and when and pushed to every open screen (in every instance) through {@link DirectiveChanged}.
 * Overdue and "this week" are judged against the application's clock.
 */
@Service
public class DirectiveService {

    private final DirectiveStore store;
    private final DirectoryService directory;
    private final DisclosurePolicy policy;
    private final LiveEventBus events;
    private final DirectiveProperties properties;
    private final Clock clock;

    DirectiveService(
            DirectiveStore store,
            DirectoryService directory,
            DisclosurePolicy policy,
            LiveEventBus events,
            DirectiveProperties properties,
            Clock clock) {
        this.store = store;
        this.directory = directory;
        this.policy = policy;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The mayor, and the officials named in {@code city.directives.issuers}. */
    public boolean mayIssue(Actor actor) {
        return actor.role() == Role.MAYOR
                || (actor.role() == Role.OFFICIAL && properties.issuers().contains(actor.username()));
    }

    /**
     * Issues a directive and tells the departments' open screens at once.
     *
     * @throws DirectiveRefusedException if the actor may not issue directives
     * @throws InvalidDirectiveException  if the title, departments or due time are not acceptable
     */
    public Directive issue(Actor actor, NewDirective draft) {
        return issue(actor, draft, false);
    }

    /** Issues a directive of the sample set (marked as such), due whenever the sample says, even in the past. */
    public Directive issueSample(Actor actor, NewDirective draft) {
        return issue(actor, draft, true);
    }

    private Directive issue(Actor actor, NewDirective draft, boolean sample) {
        if (!mayIssue(actor)) {
            throw new DirectiveRefusedException("directive.refused.not-issuer");
        }
        String title =
                draft.title() == null ? "" : PlainText.clean(draft.title()).strip();
        String body = draft.body() == null ? "" : PlainText.clean(draft.body()).strip();
        List<String> departments = draft.departments() == null
                ? List.of()
                : draft.departments().stream().distinct().toList();
        List<String> problems = new ArrayList<>();
        if (title.isEmpty() || title.length() > DirectiveLimits.MAX_TITLE) {
            problems.add("directive.problem.title");
        }
        if (body.length() > DirectiveLimits.MAX_BODY) {
            problems.add("directive.problem.body");
        }
        if (departments.isEmpty()
                || departments.stream()
                        .anyMatch(code -> directory.findDepartment(code).isEmpty())) {
            problems.add("directive.problem.departments");
        }
        if (draft.dueAt() == null || (!sample && !draft.dueAt().isAfter(clock.instant()))) {
            problems.add("directive.problem.due");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDirectiveException(problems);
        }
        Priority priority = draft.priority() == null ? Priority.NORMAL : draft.priority();
        Directive issued = store.insert(
                title, body, priority, departments, draft.dueAt(), actor, draft.context(), clock.instant(), sample);
        publish(issued, DirectiveAction.ISSUED);
        return issued;
    }

    public Optional<Directive> directive(Viewer viewer, long id) {
        return store.find(id).filter(directive -> policy.canSee(viewer, directive));
    }

    /** A directive's steps, oldest first; empty when the viewer may not see it. */
    public List<DirectiveEvent> history(Viewer viewer, long id) {
        return directive(viewer, id).map(directive -> store.history(id)).orElse(List.of());
    }

    /** The directives given to the viewer's department (their directive box); the mayor and administrators see all. */
    public List<Directive> box(Viewer viewer) {
        if (viewer.role() == Role.MAYOR || viewer.role() == Role.ADMIN) {
            return store.all();
        }
        if (viewer.isStaff() && viewer.departmentCode() != null) {
            return store.ofDepartment(viewer.departmentCode());
        }
        return List.of();
    }

    /** Directives the mayor made public, with their result, for citizens. */
    public List<Directive> published(int limit) {
        return store.published(limit).stream()
                .filter(d -> policy.canSee(Viewer.CITIZEN, d))
                .toList();
    }

    /** The board over the directives the viewer may follow, judged at the application's present time. */
    public Board board(Viewer viewer) {
        Instant now = clock.instant();
        Instant weekStart = now.atZone(Seoul.ZONE)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(Seoul.ZONE)
                .toInstant();
        List<Directive> all = box(viewer);
        Comparator<Directive> urgent =
                Comparator.comparing(Directive::priority).reversed().thenComparing(Directive::dueAt);
        List<Directive> open = all.stream()
                .filter(d -> d.status().withDepartment())
                .sorted(Comparator.comparing((Directive d) -> !d.overdue(now)).thenComparing(urgent))
                .toList();
        List<Directive> overdue = open.stream().filter(d -> d.overdue(now)).toList();
        List<Directive> awaiting = all.stream()
                .filter(d -> d.status() == DirectiveStatus.REPORTED_DONE)
                .toList();
        Predicate<Directive> doneThisWeek = d -> d.status() == DirectiveStatus.ACCEPTED
                && d.closedAt() != null
                && !d.closedAt().isBefore(weekStart);
        List<Directive> done = all.stream().filter(doneThisWeek).toList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Directive directive : all) {
            for (String department : directive.departments()) {
                int[] count = counts.computeIfAbsent(department, k -> new int[3]);
                if (directive.status().withDepartment()) {
                    count[0]++;
                    if (directive.overdue(now)) {
                        count[1]++;
                    }
                }
                if (doneThisWeek.test(directive)) {
                    count[2]++;
                }
            }
        }
        List<Board.DepartmentCount> byDepartment = counts.entrySet().stream()
                .map(e -> new Board.DepartmentCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparing(Board.DepartmentCount::overdue)
                        .reversed()
                        .thenComparing(Comparator.comparing(Board.DepartmentCount::open)
                                .reversed()))
                .toList();
        return new Board(open, overdue, awaiting, done, byDepartment);
    }

    public Directive acknowledge(Actor actor, long id) {
        return step(actor, id, DirectiveAction.ACKNOWLEDGED, DirectiveStore.Change::status, "", null, null, List.of());
    }

    /**
     * Makes a member of one of the directive's departments its owner (담당자).
     *
     * @throws InvalidDirectiveException if that person is not in one of its departments
     */
    public Directive assign(Actor actor, long id, String ownerUsername) {
        Directive directive = find(id);
        StaffMember owner = directory
                .staffMember(ownerUsername)
                .filter(member -> directive.departments().contains(member.departmentCode()))
                .orElseThrow(() -> new InvalidDirectiveException(List.of("directive.problem.owner")));
        return step(
                actor,
                id,
                DirectiveAction.ASSIGNED,
                to -> new DirectiveStore.Change(to, owner.username(), owner.displayName(), null, null, null, null),
                owner.displayName(),
                null,
                null,
                List.of());
    }

    /**
     * Posts a progress update: a text, files, and perhaps a link to an approval document or archive item.
     *
     * @throws InvalidDirectiveException if the update says nothing, or the link is not a number
     * @throws kr.seoul.smartcity.approval.domain.InvalidAttachmentException if a file is refused (type or size)
     */
    public Directive progress(
            Actor actor,
            long id,
            String note,
            DirectiveEvent.@Nullable LinkKind linkKind,
            @Nullable String linkRef,
            List<Upload> files) {
        String text = note == null ? "" : PlainText.clean(note).strip();
        String link = linkRef == null ? "" : linkRef.strip();
        List<String> problems = new ArrayList<>();
        if ((text.isEmpty() && files.isEmpty() && link.isEmpty()) || text.length() > DirectiveLimits.MAX_NOTE) {
            problems.add("directive.problem.note");
        }
        if (!link.isEmpty() && (linkKind == null || !link.matches("\\d{1,18}"))) {
            problems.add("directive.problem.link");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDirectiveException(problems);
        }
        return step(
                actor,
                id,
                DirectiveAction.PROGRESS,
                DirectiveStore.Change::status,
                text,
                link.isEmpty() ? null : linkKind,
                link.isEmpty() ? null : link,
                Attachments.check(files));
    }

    /** Reports the directive done with its result. */
    public Directive reportDone(Actor actor, long id, String result, List<Upload> files) {
        String text = requireNote(result);
        return step(
                actor,
                id,
                DirectiveAction.REPORTED_DONE,
                to -> new DirectiveStore.Change(to, null, null, text, null, null, null),
                text,
                null,
                null,
                Attachments.check(files));
    }

    public Directive accept(Actor actor, long id, String note) {
        return step(
                actor,
                id,
                DirectiveAction.ACCEPTED,
                to -> new DirectiveStore.Change(to, null, null, null, null, null, clock.instant()),
                note == null ? "" : PlainText.clean(note).strip(),
                null,
                null,
                List.of());
    }

    /** Sends the result back to the department with the reason. */
    public Directive sendBack(Actor actor, long id, String reason) {
        return step(
                actor,
                id,
                DirectiveAction.SENT_BACK,
                DirectiveStore.Change::status,
                requireNote(reason),
                null,
                null,
                List.of());
    }

    /** Makes a directive and its accepted result public to citizens (the mayor only). */
    public Directive publish(Actor actor, long id) {
        return step(
                actor,
                id,
                DirectiveAction.PUBLISHED,
                to -> new DirectiveStore.Change(to, null, null, null, DisclosureClass.PUBLIC, null, null),
                "",
                null,
                null,
                List.of());
    }

    /** Takes a published directive back from citizens: it is internal again (the mayor only). */
    public Directive unpublish(Actor actor, long id) {
        return step(
                actor,
                id,
                DirectiveAction.UNPUBLISHED,
                to -> new DirectiveStore.Change(to, null, null, null, DisclosureClass.INTERNAL, null, null),
                "",
                null,
                null,
                List.of());
    }

    /**
     * Reminds the departments of every open directive due within {@code city.directives.remind-before} and not
     * reminded yet: recorded in its history and pushed to their screens.
     *
     * @return how many were reminded
     */
    public int remindDue() {
        Instant now = clock.instant();
        int reminded = 0;
        for (Directive directive : store.dueBefore(now.plus(properties.remindBefore()))) {
            if (!directive.needsReminder(now, properties.remindBefore())) {
                continue;
            }
            DirectiveStatus to = directive.next(DirectiveAction.REMINDED, Actor.SYSTEM);
            String note = directive.overdue(now)
                    ? "overdue"
                    : "due " + directive.dueAt().truncatedTo(ChronoUnit.MINUTES);
            if (record(
                            directive,
                            DirectiveAction.REMINDED,
                            new DirectiveStore.Change(to, null, null, null, null, now, null),
                            Actor.SYSTEM,
                            note,
                            null,
                            null,
                            List.of(),
                            false)
                    != null) {
                reminded++;
            }
        }
        return reminded;
    }

    /** A file of a directive's step, for those who may see the directive. */
    public Optional<StoredAttachment> attachment(Viewer viewer, long directiveId, long attachmentId) {
        return directive(viewer, directiveId).flatMap(d -> store.attachment(directiveId, attachmentId));
    }

    /** The members of a directive's departments, to choose its owner from. */
    public List<StaffMember> possibleOwners(Directive directive) {
        return directive.departments().stream()
                .flatMap(code -> directory.staffOf(code).stream())
                .toList();
    }

    public long count() {
        return store.count();
    }

    /** Takes a step the actor may take now: {@code change} says what it changes, given the status it leads to. */
    private Directive step(
            Actor actor,
            long id,
            DirectiveAction action,
            Function<DirectiveStatus, DirectiveStore.Change> change,
            String note,
            DirectiveEvent.@Nullable LinkKind linkKind,
            @Nullable String linkRef,
            List<NewAttachment> files) {
        Directive directive = find(id);
        DirectiveStatus to = directive.next(action, actor);
        return record(directive, action, change.apply(to), actor, note, linkKind, linkRef, files, true);
    }

    private @Nullable Directive record(
            Directive before,
            DirectiveAction action,
            DirectiveStore.Change change,
            Actor actor,
            String note,
            DirectiveEvent.@Nullable LinkKind linkKind,
            @Nullable String linkRef,
            List<NewAttachment> files,
            boolean refuseIfChanged) {
        if (!store.step(before, action, change, actor, clock.instant(), note, linkKind, linkRef, files)) {
            if (refuseIfChanged) {
                throw new DirectiveRefusedException("directive.refused.changed");
            }
            return null;
        }
        Directive after = store.find(before.id()).orElseThrow();
        publish(after, action);
        return after;
    }

    private Directive find(long id) {
        return store.find(id).orElseThrow(() -> new InvalidDirectiveException(List.of("directive.problem.unknown")));
    }

    private static String requireNote(String note) {
        String text = note == null ? "" : PlainText.clean(note).strip();
        if (text.isEmpty() || text.length() > DirectiveLimits.MAX_NOTE) {
            throw new InvalidDirectiveException(List.of("directive.problem.note"));
        }
        return text;
    }

    private void publish(Directive directive, DirectiveAction action) {
        events.publish(
                DirectiveChanged.TOPIC, new DirectiveChanged(directive.id(), action.name(), directive.departments()));
    }
}
