package kr.seoul.smartcity.archive.service;

import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who adds, changes or removes archive items: a member of staff, or one of the application's own processes (the
 * command-line import, the archivers of approved documents and reports). Administrators manage every item; an
 * official only the items of their own department; citizens none.
 */
public record ArchiveEditor(
        String name, @Nullable Role role, @Nullable String departmentCode, boolean system) {

    /** One of the application's own processes, such as {@code system:import}. */
    public static ArchiveEditor system(String name) {
        return new ArchiveEditor(name, null, null, true);
    }

    public static ArchiveEditor staff(String username, Role role, @Nullable String departmentCode) {
        return new ArchiveEditor(username, role, departmentCode, false);
    }

    /** Whether this editor may add, change or remove items of the department. */
    boolean mayManage(String itemDepartment) {
        return system
                || role == Role.ADMIN
                || (role == Role.OFFICIAL && departmentCode != null && departmentCode.equals(itemDepartment));
    }
}
