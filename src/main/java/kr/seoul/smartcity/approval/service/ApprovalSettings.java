package kr.seoul.smartcity.approval.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import kr.seoul.smartcity.approval.domain.Absence;
import kr.seoul.smartcity.approval.domain.ApprovalCase;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.ApprovalSettingsStore;
import kr.seoul.smartcity.approval.domain.AuditEntry;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Rank;
import kr.seoul.smartcity.approval.domain.SavedLine;
import kr.seoul.smartcity.approval.domain.Substitutes;
import kr.seoul.smartcity.base.domain.Seoul;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What approval runs on: officials' ranks, the 전결 rules, absences with their substitutes (대결) and users' saved
 * approval lines. Changes to absences and saved lines are audited like document actions.
 */
@Service
public class ApprovalSettings {

    private final ApprovalSettingsStore store;
    private final Clock clock;

    ApprovalSettings(ApprovalSettingsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records an official's rank (and department) for approval lines. */
    public void setMember(String username, Rank rank, @Nullable String departmentCode) {
        store.putMember(username, rank, departmentCode);
    }

    /** Usernames of the officials who may stand on an approval line, by name. */
    public List<String> members() {
        return store.members();
    }

    /** The rank of an official; STAFF when none is recorded. */
    public Rank rank(String username) {
        return store.rank(username).orElse(Rank.STAFF);
    }

    /** The rank at which a form type is finally approved (전결 규정); MAYOR when no rule is recorded. */
    public Rank finalRank(FormType form) {
        return store.ruleRank(form).orElse(Rank.MAYOR);
    }

    public void setFinalRank(FormType form, Rank rank) {
        store.putRule(form, rank);
    }

    /**
     * Records an absence: the substitute acts for the approver from one day to another, both included.
     *
     * @throws ApprovalRefusedException with {@code approval.refused.delegation-loop} if it would close a loop of
     *                                  substitutes, or {@code .invalid} for bad dates
     */
    public Absence addAbsence(Actor actor, String approver, String substitute, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || approver.isBlank() || substitute.isBlank()) {
            throw new ApprovalRefusedException(
                    ApprovalRefusedException.INVALID, "an absence needs two people and dates in order");
        }
        Absence wanted = new Absence(0, approver, substitute, from, to);
        long id = store.addAbsence(
                wanted,
                actor.username(),
                existing -> Substitutes.checkNoLoop(wanted, existing),
                newId -> audit(
                        actor, "ABSENCE_ADD", newId + " " + approver + " → " + substitute + " " + from + ".." + to));
        return new Absence(id, approver, substitute, from, to);
    }

    public void removeAbsence(Actor actor, long absenceId) {
        store.deleteAbsence(absenceId, audit(actor, "ABSENCE_REMOVE", String.valueOf(absenceId)));
    }

    /** Absences that have not ended yet. */
    public List<Absence> currentAbsences() {
        return store.absencesFrom(LocalDate.now(clock.withZone(Seoul.ZONE)));
    }

    /** Who acts for an approver today, following chains of substitutes. */
    public String actingFor(String approver) {
        LocalDate today = LocalDate.now(clock.withZone(Seoul.ZONE));
        return Substitutes.on(today, store.absencesFrom(today)).actingFor(approver);
    }

    /**
     * Saves (or replaces by name) one of the user's approval lines.
     *
     * @throws ApprovalRefusedException with {@code approval.refused.invalid} for an incomplete line
     */
    public SavedLine saveLine(Actor owner, String name, List<LineEntry> entries) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new ApprovalRefusedException(ApprovalRefusedException.INVALID, "a saved line needs a name");
        }
        ApprovalCase.line(owner.username(), entries, true);
        long id = store.saveLine(owner.username(), name.strip(), entries, audit(owner, "LINE_SAVE", name.strip()));
        return new SavedLine(id, owner.username(), name.strip(), List.copyOf(entries));
    }

    public List<SavedLine> savedLines(String owner) {
        return store.savedLines(owner);
    }

    /** Deletes one of the user's own saved lines; others' are left alone. */
    public boolean deleteLine(Actor owner, long lineId) {
        return store.deleteLine(owner.username(), lineId, audit(owner, "LINE_DELETE", String.valueOf(lineId)));
    }

    private AuditEntry audit(Actor actor, String action, String detail) {
        return AuditEntry.unsealed(
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor.username(),
                null,
                action,
                null,
                null,
                null,
                actor.clientAddress(),
                actor.userAgent(),
                detail);
    }
}
