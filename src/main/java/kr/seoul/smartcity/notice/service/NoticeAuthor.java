package kr.seoul.smartcity.notice.service;

import kr.seoul.smartcity.directory.domain.Role;

/** Who posts a notice: their name as staff see it, and their role, which decides whether they may. */
public record NoticeAuthor(String displayName, Role role) {

    /** The mayor and administrators post notices; officials ask them to. */
    boolean mayPost() {
        return role == Role.MAYOR || role == Role.ADMIN;
    }
}
