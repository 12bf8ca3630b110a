package kr.seoul.smartcity.citystatus.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.domain.ChangeKind;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorCatalogueStore;
import kr.seoul.smartcity.citystatus.domain.IndicatorChange;
import kr.seoul.smartcity.citystatus.domain.PendingDisclosure;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Keeping the indicator catalogue: data stewards (administrators) and the officials of the department that owns an
 * indicator create, edit and retire indicators; every member of staff reads the catalogue. Every change is kept with
 * the indicator before and after.
 * <p>
 * Making an indicator PUBLIC takes two people: the change waits until another administrator or another official of
 * the owning department approves it, and the indicator stays as it was meanwhile. Disclosing less applies at once.
 * Every step checks who takes it, whichever screen or API it comes from.
 */
@Service
public class CatalogueStewardship {

    private final IndicatorCatalogueStore store;
    private final IndicatorCatalog catalog;
    private final DirectoryService directory;
    private final DisclosurePolicy policy;
    private final LiveEventBus events;
    private final Clock clock;

    CatalogueStewardship(
            IndicatorCatalogueStore store,
            IndicatorCatalog catalog,
            DirectoryService directory,
            DisclosurePolicy policy,
            LiveEventBus events,
            Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.directory = directory;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Every indicator the person may see, retired ones too, in display order. */
    public List<CatalogueEntry> entries(CatalogueActor actor) {
        requireStaff(actor);
        return store.entries().stream()
                .filter(entry -> policy.canSee(actor.viewer(), entry.indicator()))
                .toList();
    }

    public CatalogueEntry entry(CatalogueActor actor, String code) {
        requireStaff(actor);
        return visible(actor, code);
    }

    /** The changes of an indicator, newest first. */
    public List<IndicatorChange> history(CatalogueActor actor, String code) {
        requireStaff(actor);
        visible(actor, code);
        return store.history(code);
    }

    /** Whether the person may add indicators (an official only for their own department). */
    public boolean mayCreate(CatalogueActor actor) {
        return actor.isAdmin() || (actor.role() == Role.OFFICIAL && actor.departmentCode() != null);
    }

    /** Whether the person may edit and retire this indicator. */
    public boolean mayEdit(CatalogueActor actor, Indicator indicator) {
        return actor.isAdmin() || actor.isOfficialOf(indicator.owningDepartment());
    }

    /** Whether the person may approve the disclosure waiting on this indicator: a second person who may edit it. */
    public boolean mayApprove(CatalogueActor actor, CatalogueEntry entry) {
        return entry.pending() != null
                && mayEdit(actor, entry.indicator())
                && !actor.username().equals(entry.pending().requestedBy());
    }

    /** The departments an indicator may belong to. */
    public List<Department> departments() {
        return directory.departments();
    }

    /**
     * Adds an indicator. Asked to be PUBLIC, it starts INTERNAL with the disclosure waiting for a second person.
     *
     * @throws InvalidCatalogueException naming every field to fix
     * @throws CatalogueRefusedException if the person may not add it
     */
    public CatalogueEntry create(CatalogueActor actor, IndicatorDraft typed) {
        if (!mayCreate(actor)) {
            throw CatalogueRefusedException.notAllowed(
                    "read-only", "Only administrators and officials change the catalogue");
        }
        IndicatorDraft draft = typed.tidy();
        check(draft);
        if (!actor.isAdmin() && !draft.owningDepartment().equals(actor.departmentCode())) {
            throw CatalogueRefusedException.notAllowed(
                    "other-department",
                    "Officials add indicators of their own " + "department (" + actor.departmentCode() + ") only",
                    actor.departmentCode());
        }
        if (store.find(draft.code()).isPresent()) {
            throw codeTaken(draft.code());
        }
        Instant now = clock.instant();
        boolean wantsPublic = draft.disclosure() == DisclosureClass.PUBLIC;
        CatalogueEntry created =
                entry(draft, wantsPublic ? DisclosureClass.INTERNAL : draft.disclosure(), false, null, 1, actor, now);
        List<IndicatorChange> changes = new ArrayList<>();
        changes.add(change(created, ChangeKind.CREATED, Map.of(), actor, now));
        CatalogueEntry saved = created;
        if (wantsPublic) {
            saved = withPending(created, new PendingDisclosure(DisclosureClass.PUBLIC, actor.username(), now), 2);
            changes.add(change(saved, ChangeKind.DISCLOSURE_REQUESTED, created.snapshot(), actor, now));
        }
        if (!store.create(saved, changes)) {
            throw codeTaken(draft.code());
        }
        return changed(saved);
    }

    /**
     * Changes an indicator; its code stays. A change to PUBLIC waits for a second person; disclosing less applies at
     * once and drops a waiting request.
     *
     * @param expectedVersion the version the person edited, or {@code null} for the current one
     * @throws InvalidCatalogueException naming every field to fix
     * @throws CatalogueRefusedException if the person may not change it, it is retired, or it changed meanwhile
     */
    public CatalogueEntry update(
            CatalogueActor actor, String code, IndicatorDraft typed, @Nullable Integer expectedVersion) {
        requireStaff(actor);
        CatalogueEntry current = editable(actor, code);
        IndicatorDraft draft = typed.tidy();
        if (draft.code() != null && !draft.code().equals(code)) {
            throw new InvalidCatalogueException(List.of(FieldProblem.of(
                    "code", "code-fixed", "The code of an indicator does not change; add a new one instead", code)));
        }
        draft = new IndicatorDraft(
                code,
                draft.nameKo(),
                draft.nameEn(),
                draft.unit(),
                draft.area(),
                draft.owningDepartment(),
                draft.disclosure(),
                draft.source(),
                draft.updateMinutes(),
                draft.perDistrict(),
                draft.higherIsWorse(),
                draft.warnAt(),
                draft.dangerAt(),
                draft.decimals(),
                draft.sortOrder(),
                draft.metadata());
        check(draft);
        if (!actor.isAdmin()
                && !draft.owningDepartment().equals(current.indicator().owningDepartment())) {
            throw CatalogueRefusedException.notAllowed(
                    "hand-over", "Only administrators give an indicator to another department");
        }
        Instant now = clock.instant();
        DisclosureClass effective = current.indicator().disclosure();
        PendingDisclosure pending = current.pending();
        PendingDisclosure request = null;
        if (draft.disclosure() == DisclosureClass.PUBLIC && effective != DisclosureClass.PUBLIC) {
            if (pending == null) {
                request = new PendingDisclosure(DisclosureClass.PUBLIC, actor.username(), now);
            }
        } else if (draft.disclosure() != effective) {
            effective = draft.disclosure();
            pending = null;
        }
        int version = current.version();
        List<IndicatorChange> changes = new ArrayList<>();
        CatalogueEntry edited = entry(draft, effective, false, pending, version, actor, now);
        if (!edited.snapshot().equals(current.snapshot())) {
            edited = entry(draft, effective, false, pending, ++version, actor, now);
            changes.add(change(edited, ChangeKind.UPDATED, current.snapshot(), actor, now));
        }
        CatalogueEntry saved = edited;
        if (request != null) {
            saved = withPending(edited, request, ++version);
            changes.add(change(saved, ChangeKind.DISCLOSURE_REQUESTED, edited.snapshot(), actor, now));
        }
        if (changes.isEmpty()) {
            return current;
        }
        write(saved, expectedVersion == null ? current.version() : expectedVersion, changes);
        return saved;
    }

    /** Retires an indicator: it keeps its history and values, takes no new values and is shown nowhere. */
    public CatalogueEntry retire(CatalogueActor actor, String code) {
        requireStaff(actor);
        CatalogueEntry current = editable(actor, code);
        Instant now = clock.instant();
        CatalogueEntry retired = new CatalogueEntry(
                current.indicator(), current.metadata(), true, null, current.version() + 1, actor.username(), now);
        write(retired, current.version(), List.of(change(retired, ChangeKind.RETIRED, current.snapshot(), actor, now)));
        return retired;
    }

    /**
     * Approves the disclosure waiting on an indicator, as the second person.
     *
     * @throws CatalogueRefusedException if nothing waits, the person asked for it themselves, or may not approve it
     */
    public CatalogueEntry approveDisclosure(CatalogueActor actor, String code) {
        CatalogueEntry current = waiting(actor, code);
        PendingDisclosure pending = current.pending();
        if (actor.username().equals(pending.requestedBy())) {
            throw CatalogueRefusedException.notAllowed(
                    "four-eyes",
                    "You asked for this disclosure yourself; another " + "administrator or official of "
                            + current.indicator().owningDepartment() + " approves it",
                    current.indicator().owningDepartment());
        }
        Instant now = clock.instant();
        Indicator i = current.indicator();
        CatalogueEntry approved = new CatalogueEntry(
                new Indicator(
                        i.code(),
                        i.nameKo(),
                        i.nameEn(),
                        i.unit(),
                        i.area(),
                        i.source(),
                        i.updateMinutes(),
                        pending.disclosure(),
                        i.owningDepartment(),
                        i.perDistrict(),
                        i.higherIsWorse(),
                        i.warnAt(),
                        i.dangerAt(),
                        i.decimals(),
                        i.sortOrder()),
                current.metadata(),
                false,
                null,
                current.version() + 1,
                actor.username(),
                now);
        write(
                approved,
                current.version(),
                List.of(change(approved, ChangeKind.DISCLOSURE_APPROVED, current.snapshot(), actor, now)));
        return approved;
    }

    /** Turns down the disclosure waiting on an indicator; the person who asked for it may withdraw it this way. */
    public CatalogueEntry rejectDisclosure(CatalogueActor actor, String code) {
        CatalogueEntry current = waiting(actor, code);
        Instant now = clock.instant();
        CatalogueEntry rejected = withPending(current, null, current.version() + 1);
        rejected = new CatalogueEntry(
                rejected.indicator(), rejected.metadata(), false, null, rejected.version(), actor.username(), now);
        write(
                rejected,
                current.version(),
                List.of(change(rejected, ChangeKind.DISCLOSURE_REJECTED, current.snapshot(), actor, now)));
        return rejected;
    }

    private CatalogueEntry waiting(CatalogueActor actor, String code) {
        requireStaff(actor);
        CatalogueEntry current = editable(actor, code);
        if (current.pending() == null) {
            throw CatalogueRefusedException.conflict(
                    "nothing-pending", "No disclosure of " + code + " waits for approval", code);
        }
        return current;
    }

    private void write(CatalogueEntry entry, int expectedVersion, List<IndicatorChange> changes) {
        if (!store.update(entry, expectedVersion, changes)) {
            throw CatalogueRefusedException.conflict(
                    "changed-meanwhile",
                    entry.code() + " was changed by someone else meanwhile; open it again to see the change",
                    entry.code());
        }
        changed(entry);
    }

    /** Every instance drops its catalogue; open screens redraw. */
    private CatalogueEntry changed(CatalogueEntry entry) {
        catalog.forget();
        events.publish(CatalogueChanged.TOPIC, new CatalogueChanged(List.of(entry.code())));
        return entry;
    }

    private void check(IndicatorDraft draft) {
        List<FieldProblem> problems = IndicatorRules.check(
                draft,
                catalog.allAreas(),
                directory.departments().stream().map(Department::code).toList());
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
    }

    private CatalogueEntry visible(CatalogueActor actor, String code) {
        return store.find(code)
                .filter(entry -> policy.canSee(actor.viewer(), entry.indicator()))
                .orElseThrow(() -> CatalogueRefusedException.notFound(code));
    }

    private CatalogueEntry editable(CatalogueActor actor, String code) {
        CatalogueEntry current = visible(actor, code);
        if (!mayEdit(actor, current.indicator())) {
            throw CatalogueRefusedException.notAllowed(
                    "not-yours",
                    current.indicator().owningDepartment() + " and administrators keep " + code,
                    current.indicator().owningDepartment(),
                    code);
        }
        if (current.retired()) {
            throw CatalogueRefusedException.conflict("retired", code + " is retired", code);
        }
        return current;
    }

    private static void requireStaff(CatalogueActor actor) {
        if (!actor.viewer().isStaff()) {
            throw CatalogueRefusedException.notAllowed("staff-only", "The catalogue is for staff");
        }
    }

    private static InvalidCatalogueException codeTaken(String code) {
        return new InvalidCatalogueException(
                List.of(FieldProblem.of("code", "code-taken", "There is already an indicator " + code, code)));
    }

    private static CatalogueEntry entry(
            IndicatorDraft draft,
            DisclosureClass disclosure,
            boolean retired,
            @Nullable PendingDisclosure pending,
            int version,
            CatalogueActor actor,
            Instant now) {
        Indicator indicator = new Indicator(
                draft.code(),
                draft.nameKo(),
                draft.nameEn(),
                draft.unit(),
                draft.area(),
                draft.source() == null ? "" : draft.source(),
                draft.updateMinutes(),
                disclosure,
                draft.owningDepartment(),
                draft.perDistrict(),
                draft.higherIsWorse(),
                draft.warnAt(),
                draft.dangerAt(),
                draft.decimals(),
                draft.sortOrder() == null ? IndicatorDraft.DEFAULT_SORT_ORDER : draft.sortOrder());
        return new CatalogueEntry(indicator, draft.metadata(), retired, pending, version, actor.username(), now);
    }

    private static CatalogueEntry withPending(CatalogueEntry entry, @Nullable PendingDisclosure pending, int version) {
        return new CatalogueEntry(
                entry.indicator(),
                entry.metadata(),
                entry.retired(),
                pending,
                version,
                entry.updatedBy(),
                entry.updatedAt());
    }

    private static IndicatorChange change(
            CatalogueEntry after,
            ChangeKind kind,
            Map<String, @Nullable String> before,
            CatalogueActor actor,
            Instant now) {
        return new IndicatorChange(
                0, after.code(), after.version(), kind, actor.username(), now, before, after.snapshot());
    }
}
