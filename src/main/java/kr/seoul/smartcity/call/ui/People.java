package kr.seoul.smartcity.call.ui;

import java.util.Locale;

import kr.seoul.smartcity.directory.domain.StaffMember;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** Names people read for usernames: "이교통 · 도시교통실". */
final class People {

    private People() {}

    static String name(DirectoryService directory, String username) {
        return directory
                .findAccount(username)
                .map(account -> account.displayName())
                .orElse(username);
    }

    static String nameWithDepartment(DirectoryService directory, String username, Locale locale) {
        return directory
                .staffMember(username)
                .map(member -> describe(member, locale))
                .orElse(username);
    }

    static String describe(StaffMember member, Locale locale) {
        String department = member.departmentName(locale);
        return department == null ? member.displayName() : member.displayName() + " · " + department;
    }
}
