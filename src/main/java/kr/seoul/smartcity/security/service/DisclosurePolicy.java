package kr.seoul.smartcity.security.service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a viewer may see. Public views, kiosks and the public API show only what this
 * allows an anonymous citizen.
 * <ul>
 *     <li>PUBLIC: everyone.</li>
 *     <li>INTERNAL: every member of staff.</li>
 *     <li>RESTRICTED: the mayor, administrators, and officials of the department that owns the record.</li>
 * </ul>
 */
@Component
public class DisclosurePolicy {

    public boolean canSee(Viewer viewer, Disclosed record) {
        return canSee(viewer, record, Set.of());
    }

    /**
     * As {@link #canSee(Viewer, Disclosed)}, for a record that names further roles allowed to see it when it is
     * RESTRICTED (an archive item restricted to its department and, say, the deputy mayors).
     */
    public boolean canSee(Viewer viewer, Disclosed record, Set<Role> restrictedAlsoTo) {
        return switch (record.disclosure()) {
            case PUBLIC -> true;
            case INTERNAL -> viewer.isStaff();
            case RESTRICTED ->
                viewer.role() == Role.MAYOR
                        || viewer.role() == Role.ADMIN
                        || (viewer.departmentCode() != null
                                && viewer.departmentCode().equals(record.owningDepartment()))
                        || (viewer.role() != null && restrictedAlsoTo.contains(viewer.role()));
        };
    }

    /**
     * Records whose audience is the people taking part in them and their department, not a disclosure class: an
     * approval document (전자결재) is read by its drafter, the people on its line, its recipients, whoever stands
     * in for them today, and the members of its department — not by every member of staff, and not by the mayor or
     * administrators unless they take part. Citizens read such a record only once it is published, through its
     * own disclosure class.
     *
     * @param person       the viewer's username
     * @param participants everyone taking part, including today's stand-ins
     */
    public boolean canSeeAsParticipant(
            Viewer viewer, String person, String owningDepartment, Collection<String> participants) {
        return viewer.isStaff()
                && (participants.contains(person)
                        || (viewer.departmentCode() != null
                                && viewer.departmentCode().equals(owningDepartment)));
    }

    /**
     * The classes a viewer may see at least some records of, for narrowing queries before {@link #canSee} checks
     * each record.
     */
    public Set<DisclosureClass> visibleClasses(Viewer viewer) {
        if (!viewer.isStaff()) {
            return EnumSet.of(DisclosureClass.PUBLIC);
        }
        return EnumSet.allOf(DisclosureClass.class);
    }
}
