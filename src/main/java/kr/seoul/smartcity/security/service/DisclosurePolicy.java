package kr.seoul.smartcity.security.service;

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
        return switch (record.disclosure()) {
            case PUBLIC -> true;
            case INTERNAL -> viewer.isStaff();
            case RESTRICTED -> viewer.role() == Role.MAYOR || viewer.role() == Role.ADMIN
                    || (viewer.departmentCode() != null && viewer.departmentCode().equals(record.owningDepartment()));
        };
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
