package kr.seoul.smartcity.directory.service;

import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;

/** What it takes to open an account. The password is hashed before it is stored and never kept in clear. */
public record NewAccount(
        String username,
        String displayName,
        String password,
        Role role,
        @Nullable String departmentCode) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + ", " + departmentCode + "]";
    }
}
