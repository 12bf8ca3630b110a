package kr.seoul.smartcity.security.service;

import java.util.List;

import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.domain.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in member of staff, as Spring Security holds them. */
public final class CityUser extends User {

    private final String displayName;
    private final Role role;
    private final @Nullable String departmentCode;

    CityUser(UserAccount account) {
        super(
                account.username(),
                account.passwordHash(),
                account.enabled(),
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.displayName = account.displayName();
        this.role = account.role();
        this.departmentCode = account.departmentCode();
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public @Nullable String departmentCode() {
        return departmentCode;
    }
}
