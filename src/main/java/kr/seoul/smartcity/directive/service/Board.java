package kr.seoul.smartcity.directive.service;

import java.util.List;

import kr.seoul.smartcity.directive.domain.Directive;

/**
 * The mayor's directive board: open directives (overdue ones first), those reported done and waiting for the
 * mayor, those done this week, and counts per department.
 */
public record Board(
        List<Directive> open,
        List<Directive> overdue,
        List<Directive> awaitingAcceptance,
        List<Directive> doneThisWeek,
        List<DepartmentCount> byDepartment) {

    /** One department's directives: open, of which overdue, and done this week. */
    public record DepartmentCount(String departmentCode, int open, int overdue, int doneThisWeek) {}
}
