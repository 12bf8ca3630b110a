package kr.seoul.smartcity.security.service;

import kr.seoul.smartcity.directory.domain.Role;

/** Who acts on accounts, and from which client address (for the audit). */
public record AccountActor(String username, Role role, String clientAddress) {

    boolean isAdministrator() {
        return role == Role.ADMIN;
    }
}
