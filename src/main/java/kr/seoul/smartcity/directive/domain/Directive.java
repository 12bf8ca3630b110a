package kr.seoul.smartcity.directive.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A directive (지시사항): what the mayor asked of which departments (the first leads), by when, how urgently, and
 * where it came from; its status, owner and result. The rules of who may take which step from which status live
 * here ({@link #next}), so that the service, the screens and the tests share them.
 */
@NamedInterface("model")
public record Directive(
        long id,
        String title,
        String body,
        Priority priority,
        DirectiveStatus status,
        List<String> departments,
        Instant dueAt,
        String issuedBy,
        String issuedByName,
        Instant issuedAt,
        @Nullable String owner,
        @Nullable String ownerName,
        @Nullable DirectiveContext context,
        DisclosureClass disclosure,
        @Nullable String result,
        @Nullable Instant remindedAt,
        @Nullable Instant closedAt)
        implements Disclosed {

    public Directive {
        departments = List.copyOf(departments);
    }

    /** The lead department (주관부서). */
    @Override
    public String owningDepartment() {
        return departments.getFirst();
    }

    /** Past its due time and still with the department. */
    public boolean overdue(Instant now) {
        return status.withDepartment() && now.isAfter(dueAt);
    }

    /** Due within {@code before}, still with the department and not reminded yet. */
    public boolean needsReminder(Instant now, Duration before) {
        return status.withDepartment() && remindedAt == null && !now.isBefore(dueAt.minus(before));
    }

    /** A member of one of the departments it was given to. */
    public boolean isDepartmentMember(Actor actor) {
        return actor.role() == Role.OFFICIAL
                && actor.departmentCode() != null
                && departments.contains(actor.departmentCode());
    }

    /** The person who issued it, or the mayor. */
    public boolean isIssuerSide(Actor actor) {
        return actor.role() == Role.MAYOR || actor.username().equals(issuedBy);
    }

    /**
     * The status after an actor takes a step.
     *
     * @throws DirectiveRefusedException if this actor may not take this step now
     */
    public DirectiveStatus next(DirectiveAction action, Actor actor) {
        return switch (action) {
            case ISSUED -> throw new DirectiveRefusedException("directive.refused.already-issued");
            case ACKNOWLEDGED -> department(actor, Set.of(DirectiveStatus.ISSUED), DirectiveStatus.ACKNOWLEDGED);
            case ASSIGNED ->
                department(
                        actor, WORKING, status == DirectiveStatus.ACKNOWLEDGED ? DirectiveStatus.IN_PROGRESS : status);
            case PROGRESS -> department(actor, WORKING, DirectiveStatus.IN_PROGRESS);
            case REPORTED_DONE -> department(actor, WORKING, DirectiveStatus.REPORTED_DONE);
            case ACCEPTED -> issuer(actor, DirectiveStatus.ACCEPTED);
            case SENT_BACK -> issuer(actor, DirectiveStatus.SENT_BACK);
            case PUBLISHED -> {
                mayor(actor);
                if (disclosure == DisclosureClass.PUBLIC) {
                    throw new DirectiveRefusedException("directive.refused.already-public");
                }
                // citizens see a directive with its result, once the mayor has accepted that result
                if (status != DirectiveStatus.ACCEPTED) {
                    throw new DirectiveRefusedException("directive.refused.not-accepted");
                }
                yield status;
            }
            case UNPUBLISHED -> {
                mayor(actor);
                if (disclosure != DisclosureClass.PUBLIC) {
                    throw new DirectiveRefusedException("directive.refused.not-public");
                }
                yield status;
            }
            case REMINDED -> {
                if (!status.withDepartment()) {
                    throw new DirectiveRefusedException("directive.refused.wrong-status");
                }
                yield status;
            }
        };
    }

    /** The steps this actor may take now, for the screens to offer. */
    public Set<DirectiveAction> allowed(Actor actor) {
        java.util.EnumSet<DirectiveAction> allowed = java.util.EnumSet.noneOf(DirectiveAction.class);
        for (DirectiveAction action : List.of(
                DirectiveAction.ACKNOWLEDGED,
                DirectiveAction.ASSIGNED,
                DirectiveAction.PROGRESS,
                DirectiveAction.REPORTED_DONE,
                DirectiveAction.ACCEPTED,
                DirectiveAction.SENT_BACK,
                DirectiveAction.PUBLISHED,
                DirectiveAction.UNPUBLISHED)) {
            try {
                next(action, actor);
                allowed.add(action);
            } catch (DirectiveRefusedException refused) {
                // not for this actor now
            }
        }
        return allowed;
    }

    private static final Set<DirectiveStatus> WORKING =
            Set.of(DirectiveStatus.ACKNOWLEDGED, DirectiveStatus.IN_PROGRESS, DirectiveStatus.SENT_BACK);

    private DirectiveStatus department(Actor actor, Set<DirectiveStatus> from, DirectiveStatus to) {
        if (!isDepartmentMember(actor)) {
            throw new DirectiveRefusedException("directive.refused.not-department");
        }
        if (!from.contains(status)) {
            throw new DirectiveRefusedException(
                    status == DirectiveStatus.ISSUED
                            ? "directive.refused.acknowledge-first"
                            : "directive.refused.wrong-status");
        }
        return to;
    }

    private static void mayor(Actor actor) {
        if (!actor.isMayor()) {
            throw new DirectiveRefusedException("directive.refused.not-mayor");
        }
    }

    private DirectiveStatus issuer(Actor actor, DirectiveStatus to) {
        if (!isIssuerSide(actor)) {
            throw new DirectiveRefusedException("directive.refused.not-issuer");
        }
        if (status != DirectiveStatus.REPORTED_DONE) {
            throw new DirectiveRefusedException("directive.refused.not-reported");
        }
        return to;
    }
}
